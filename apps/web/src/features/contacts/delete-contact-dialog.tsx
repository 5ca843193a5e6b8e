/** Asks before deleting a contact, and says what stays: the linked applications. */
import { Dialog } from '../../components/dialog.js';
import { FormError } from '../../components/field.js';
import { errorText } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { useDeleteContact, type Contact } from './contacts-queries.js';

type Props = { contact: Contact | null; onClose: () => void; onDeleted?: () => void };

export function DeleteContactDialog({ contact, onClose, onDeleted }: Props) {
  const remove = useDeleteContact();
  const confirm = () => {
    if (!contact) return;
    remove.mutate(contact.id, {
      onSuccess: () => {
        showToast(`Deleted ${contact.name}.`);
        onClose();
        onDeleted?.();
      },
    });
  };
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog open={contact !== null} onClose={close} title="Delete contact" labelledBy="delete-contact-title">
      {contact && (
        <div className="dialog-body">
          <h2 id="delete-contact-title">Delete {contact.name}?</h2>
          <p>The contact and their interaction log are removed. The applications they were linked to stay as they are.</p>
          <FormError message={remove.error ? errorText(remove.error) : null} />
          <div className="form-actions">
            <button type="button" onClick={close} autoFocus>
              Cancel
            </button>
            <button type="button" className="button-danger" onClick={confirm} disabled={remove.isPending}>
              {remove.isPending ? 'Deleting…' : 'Delete contact'}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
