/** The company form in a dialog: "Add company" creates, "Edit" saves the shown fields. */
import { FormDialog } from '../../components/form-dialog.js';
import { saveRecord } from '../../lib/save-record.js';
import { useCreateCompany, useUpdateCompany, type Company } from './companies-queries.js';
import { CompanyForm } from './company-form.js';

type Props = { open: boolean; onClose: () => void; existing?: Company | undefined; onCreated?: (company: Company) => void };

export function CompanyFormDialog({ open, onClose, existing, onCreated }: Props) {
  const create = useCreateCompany();
  const update = useUpdateCompany();
  const title = existing ? `Edit ${existing.name}` : 'Add company';
  const submit = saveRecord({ existing, create: create.mutateAsync, update: update.mutateAsync, onCreated, onClose });
  return (
    <FormDialog open={open} onClose={onClose} title={title} headingId="company-form-title">
      <CompanyForm existing={existing} submitLabel={existing ? 'Save changes' : 'Add company'} onSubmit={submit} onCancel={onClose} />
    </FormDialog>
  );
}
