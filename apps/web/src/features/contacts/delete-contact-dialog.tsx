/** Asks before deleting a contact, and says what stays: the linked applications. */
import { ConfirmDialog } from '../../components/confirm-dialog.js';
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
    <ConfirmDialog
      open={contact !== null}
      heading={`Delete ${contact?.name ?? 'contact'}?`}
      headingId="delete-contact-title"
      confirmLabel="Delete contact"
      pendingLabel="Deleting…"
      pending={remove.isPending}
      error={remove.error ? errorText(remove.error) : null}
      onConfirm={confirm}
      onCancel={close}
    >
      <p>The contact and their interaction log are removed. The applications they were linked to stay as they are.</p>
    </ConfirmDialog>
  );
}
