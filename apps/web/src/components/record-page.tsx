/** The frame of a page showing one record (a company, a contact): the link back to its list, the
 * page a missing record or a failed load shows instead, the Edit and Delete buttons, and when it
 * was added and last changed. */
import { Link } from '@tanstack/react-router';
import { httpStatusOf } from '../lib/api-errors.js';
import { formatDateTime } from '../lib/time.js';
import { ErrorState } from './error-state.js';

type ListPath = '/companies' | '/contacts';

export function BackLink({ to, label }: { to: ListPath; label: string }) {
  return (
    <p className="small">
      <Link to={to}>← {label}</Link>
    </p>
  );
}

type FailedProps = { error: unknown; onRetry: () => void; back: { to: ListPath; label: string }; notFound: { title: string; text: string } };

/** A 400 (an id that cannot exist) or a 404 is "not found"; anything else can be retried. */
export function RecordLoadFailed({ error, onRetry, back, notFound }: FailedProps) {
  const missing = [400, 404].includes(httpStatusOf(error) ?? 0);
  return (
    <div className="page page-narrow">
      <BackLink {...back} />
      {missing ? (
        <div className="card stack">
          <h1>{notFound.title}</h1>
          <p className="muted">{notFound.text}</p>
        </div>
      ) : (
        <ErrorState error={error} onRetry={onRetry} />
      )}
    </div>
  );
}

export function EditDeleteButtons({ disabled, onEdit, onDelete }: { disabled: boolean; onEdit: () => void; onDelete: () => void }) {
  return (
    <>
      <button type="button" onClick={onEdit} disabled={disabled}>
        Edit
      </button>
      <button type="button" className="button-danger" onClick={onDelete} disabled={disabled}>
        Delete
      </button>
    </>
  );
}

export function RecordDates({ record }: { record: { created_at: string | null; updated_at: string | null } }) {
  return (
    <p className="small muted">
      Added {formatDateTime(record.created_at)} · updated {formatDateTime(record.updated_at)}
    </p>
  );
}
