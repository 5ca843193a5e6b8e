/** What an empty panel says: why it is empty and what would fill it, with a way to start. */
import type { ReactNode } from 'react';

export function EmptyHint({ title, text, actions }: { title?: string; text: string; actions?: ReactNode }) {
  return (
    <div className="empty-hint">
      {title ? (
        <h3>{title}</h3>
      ) : (
        <span aria-hidden="true" className="empty-hint-mark">
          ○
        </span>
      )}
      <p>{text}</p>
      {actions && <div className="row empty-hint-actions">{actions}</div>}
    </div>
  );
}
