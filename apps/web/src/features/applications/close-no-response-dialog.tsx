/** The confirmation before closing an application as "no response": what it means (a timeline
 * event, kept apart from rejections, undone by any later event), an optional note, and the
 * choice. Used by the detail page, the board's card menu and the Due page. */
import { useState } from 'react';
import { Dialog } from '../../components/dialog.js';
import { TextAreaField } from '../../components/field.js';
import { errorText } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { useCloseAsNoResponse } from './use-follow-up-mutations.js';

export type CloseTarget = { id: string; company: string; title: string };

function CloseForm({ target, onClose }: { target: CloseTarget; onClose: () => void }) {
  const close = useCloseAsNoResponse();
  const [notes, setNotes] = useState('');
  const confirm = () =>
    close.mutate(
      { id: target.id, notes: notes.trim() },
      {
        onSuccess: () => {
          showToast(`Closed “${target.title}” at ${target.company} as no response.`);
          onClose();
        },
        onError: (error) => showToast(`Could not close it: ${errorText(error)}`, 'error'),
      },
    );
  return (
    <div className="dialog-body">
      <h2 id="close-no-response-title">Close as no response?</h2>
      <p>
        “{target.title}” at {target.company} will be marked as closed without an answer. The status stays as it is, and the
        statistics count it apart from rejections. Logging any later event (a reply, a call) reopens it.
      </p>
      <TextAreaField label="Note (optional)" value={notes} onChange={(event) => setNotes(event.target.value)} rows={2} />
      <div className="form-actions">
        <button type="button" onClick={onClose} autoFocus>
          Keep it open
        </button>
        <button type="button" className="button-primary" onClick={confirm} disabled={close.isPending}>
          Close as no response
        </button>
      </div>
    </div>
  );
}

export function CloseAsNoResponseDialog({ target, onClose }: { target: CloseTarget | null; onClose: () => void }) {
  return (
    <Dialog open={target !== null} onClose={onClose} title="Close as no response" labelledBy="close-no-response-title">
      {target && <CloseForm target={target} onClose={onClose} />}
    </Dialog>
  );
}
