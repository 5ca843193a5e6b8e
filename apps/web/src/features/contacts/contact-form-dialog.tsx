/** The contact form in a dialog: "Add contact" creates, "Edit" saves the shown fields. */
import { FormDialog } from '../../components/form-dialog.js';
import { saveRecord } from '../../lib/save-record.js';
import { useCreateContact, useUpdateContact, type Contact } from './contacts-queries.js';
import { ContactForm } from './contact-form.js';

type Props = { open: boolean; onClose: () => void; existing?: Contact | undefined; onCreated?: (contact: Contact) => void | Promise<void> };

export function ContactFormDialog({ open, onClose, existing, onCreated }: Props) {
  const create = useCreateContact();
  const update = useUpdateContact();
  const title = existing ? `Edit ${existing.name}` : 'Add contact';
  const submit = saveRecord({ existing, create: create.mutateAsync, update: update.mutateAsync, onCreated, onClose });
  return (
    <FormDialog open={open} onClose={onClose} title={title} headingId="contact-form-title">
      <ContactForm existing={existing} submitLabel={existing ? 'Save changes' : 'Add contact'} onSubmit={submit} onCancel={onClose} />
    </FormDialog>
  );
}
