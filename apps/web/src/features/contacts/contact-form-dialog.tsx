/** The contact form in a dialog: "Add contact" creates, "Edit" saves the shown fields. */
import { FormDialog } from '../../components/form-dialog.js';
import { showToast } from '../../lib/toasts.js';
import { useCreateContact, useUpdateContact, type Contact } from './contacts-queries.js';
import { ContactForm } from './contact-form.js';

type Props = { open: boolean; onClose: () => void; existing?: Contact | undefined; onCreated?: (contact: Contact) => void | Promise<void> };

export function ContactFormDialog({ open, onClose, existing, onCreated }: Props) {
  const create = useCreateContact();
  const update = useUpdateContact();
  const title = existing ? `Edit ${existing.name}` : 'Add contact';
  const submit = async (body: Parameters<typeof create.mutateAsync>[0]) => {
    if (existing) {
      const saved = await update.mutateAsync({ ...body, id: existing.id });
      showToast(`Saved ${saved.name}.`);
    } else {
      const created = await create.mutateAsync(body);
      showToast(`Added ${created.name}.`);
      await onCreated?.(created);
    }
    onClose();
  };
  return (
    <FormDialog open={open} onClose={onClose} title={title} headingId="contact-form-title">
      <ContactForm existing={existing} submitLabel={existing ? 'Save changes' : 'Add contact'} onSubmit={submit} onCancel={onClose} />
    </FormDialog>
  );
}
