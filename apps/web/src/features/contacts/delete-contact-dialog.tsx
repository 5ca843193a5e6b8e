/** Asks before deleting a contact, and says what stays: the linked applications. */
import { DeleteRecordDialog } from '../../components/delete-record-dialog.js';
import { useDeleteContact, type Contact } from './contacts-queries.js';

type Props = { contact: Contact | null; onClose: () => void; onDeleted?: () => void };

export function DeleteContactDialog({ contact, onClose, onDeleted }: Props) {
  return (
    <DeleteRecordDialog record={contact} kind="contact" remove={useDeleteContact()} onClose={onClose} onDeleted={onDeleted}>
      <p>The contact and their interaction log are removed. The applications they were linked to stay as they are.</p>
    </DeleteRecordDialog>
  );
}
