/** The shell of a dialog holding a form (add or edit a company, a contact): the heading that names
 * it, a close button, and the form below. */
import type { ReactNode } from 'react';
import { Dialog, DialogHeader } from './dialog.js';

type Props = { open: boolean; onClose: () => void; title: string; headingId: string; children: ReactNode };

export function FormDialog({ open, onClose, title, headingId, children }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={title} labelledBy={headingId}>
      <div className="dialog-body">
        <DialogHeader title={title} headingId={headingId} onClose={onClose} />
        {children}
      </div>
    </Dialog>
  );
}
