/** The confirmation before closing an application as "no response": what it means (a timeline
 * event, kept apart from rejections, undone by any later event), an optional note, and the
 * choice. Used by the detail page, the board's card menu and the Due page. */
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { TextAreaField } from '../../components/field.js';
import { errorText } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { useCloseAsNoResponse } from './use-follow-up-mutations.js';

export type CloseTarget = { id: string; company: string; title: string };

export function CloseAsNoResponseDialog({ target, onClose }: { target: CloseTarget | null; onClose: () => void }) {
  const close = useCloseAsNoResponse();
  const [notes, setNotes] = useState('');
  const cancel = () => {
    setNotes('');
    onClose();
  };
  const confirm = () => {
    if (!target) return;
    close.mutate(
      { id: target.id, notes: notes.trim() },
      {
        onSuccess: () => {
          showToast(`Closed “${target.title}” at ${target.company} as no response.`);
          cancel();
        },
        onError: (error) => showToast(`Could not close it: ${errorText(error)}`, 'error'),
      },
    );
  };
  return (
    <ConfirmDialog
      open={target !== null}
      heading="Close as no response?"
      headingId="close-no-response-title"
      confirmLabel="Close as no response"
      cancelLabel="Keep it open"
      tone="primary"
      pending={close.isPending}
      onConfirm={confirm}
      onCancel={cancel}
    >
      <p>
        “{target?.title}” at {target?.company} will be marked as closed without an answer. The status stays as it is, and the statistics
        count it apart from rejections. Logging any later event (a reply, a call) reopens it.
      </p>
      <TextAreaField label="Note (optional)" value={notes} onChange={(event) => setNotes(event.target.value)} rows={2} />
    </ConfirmDialog>
  );
}
