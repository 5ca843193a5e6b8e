/** Words as badges in a wrapping row: a company's tags, an application's skills. */
export function TagList({ tags, label }: { tags: readonly string[]; label?: string }) {
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="badge">
          {tag}
        </li>
      ))}
    </ul>
  );
}
