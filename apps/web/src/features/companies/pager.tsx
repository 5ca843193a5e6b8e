/** Previous / next through pages, with where you are. */
type Props = { page: number; pageCount: number; onPage: (page: number) => void; label: string };

export function Pager({ page, pageCount, onPage, label }: Props) {
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav className="row company-pager" aria-label={label}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        Previous
      </button>
      <span className="small">
        Page {page} of {Math.max(page, pageCount)}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pageCount}>
        Next
      </button>
    </nav>
  );
}
