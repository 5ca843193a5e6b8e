/** What an empty panel says: why it is empty and what would fill it. */
export function EmptyHint({ text }: { text: string }) {
  return (
    <p className="empty-hint">
      <span aria-hidden="true" className="empty-hint-mark">
        ○
      </span>
      {text}
    </p>
  );
}
