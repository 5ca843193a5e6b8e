/** Asks before deleting a company, and says what stays: its applications are not touched. */
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { errorText } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { useDeleteCompany, type Company } from './companies-queries.js';

type Props = { company: Company | null; onClose: () => void; onDeleted?: () => void };

export function DeleteCompanyDialog({ company, onClose, onDeleted }: Props) {
  const remove = useDeleteCompany();
  const confirm = () => {
    if (!company) return;
    remove.mutate(company.id, {
      onSuccess: () => {
        showToast(`Deleted ${company.name}.`);
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
      open={company !== null}
      heading={`Delete ${company?.name ?? 'company'}?`}
      headingId="delete-company-title"
      confirmLabel="Delete company"
      pendingLabel="Deleting…"
      pending={remove.isPending}
      error={remove.error ? errorText(remove.error) : null}
      onConfirm={confirm}
      onCancel={close}
    >
      <p>
        The company and its notes, contacts and tags are removed. Applications that name it stay as they are, and “Sync from applications”
        can bring it back.
      </p>
    </ConfirmDialog>
  );
}
