/** Asking before an action: the question as the heading that names the dialog, what will happen,
 * the server's reason if it refused, and two buttons, the safe one focused first. */
import type { ReactNode } from 'react';
import { Dialog } from './dialog.js';
import { FormError } from './field.js';

type Props = {
  open: boolean;
  /** The question, e.g. "Delete Globex?". */
  heading: string;
  headingId: string;
  /** What confirming does, and what stays. */
  children: ReactNode;
  confirmLabel: string;
  /** Shown on the confirm button while the action runs. */
  pendingLabel?: string;
  cancelLabel?: string;
  /** A danger button for what removes data; a primary one otherwise. */
  tone?: 'danger' | 'primary';
  pending: boolean;
  /** Why the action failed; leave out where failures are told elsewhere (a toast). */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog(props: Props) {
  const { open, heading, headingId, children, confirmLabel, pendingLabel, cancelLabel = 'Cancel', tone = 'danger', pending, error, onConfirm, onCancel } = props;
  return (
    <Dialog open={open} onClose={onCancel} title={heading} labelledBy={headingId}>
      <div className="dialog-body">
        <h2 id={headingId}>{heading}</h2>
        {children}
        {error !== undefined && <FormError message={error} />}
        <div className="form-actions">
          <button type="button" onClick={onCancel} autoFocus>
            {cancelLabel}
          </button>
          <button type="button" className={tone === 'danger' ? 'button-danger' : 'button-primary'} onClick={onConfirm} disabled={pending}>
            {pending && pendingLabel ? pendingLabel : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
