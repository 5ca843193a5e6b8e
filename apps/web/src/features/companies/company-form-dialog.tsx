/** The company form in a dialog: "Add company" creates, "Edit" saves the shown fields. */
import { FormDialog } from '../../components/form-dialog.js';
import { showToast } from '../../lib/toasts.js';
import { useCreateCompany, useUpdateCompany, type Company } from './companies-queries.js';
import { CompanyForm } from './company-form.js';

type Props = { open: boolean; onClose: () => void; existing?: Company | undefined; onCreated?: (company: Company) => void };

export function CompanyFormDialog({ open, onClose, existing, onCreated }: Props) {
  const create = useCreateCompany();
  const update = useUpdateCompany();
  const title = existing ? `Edit ${existing.name}` : 'Add company';
  const submit = async (body: Parameters<typeof create.mutateAsync>[0]) => {
    if (existing) {
      const saved = await update.mutateAsync({ ...body, id: existing.id });
      showToast(`Saved ${saved.name}.`);
    } else {
      const created = await create.mutateAsync(body);
      showToast(`Added ${created.name}.`);
      onCreated?.(created);
    }
    onClose();
  };
  return (
    <FormDialog open={open} onClose={onClose} title={title} headingId="company-form-title">
      <CompanyForm existing={existing} submitLabel={existing ? 'Save changes' : 'Add company'} onSubmit={submit} onCancel={onClose} />
    </FormDialog>
  );
}
