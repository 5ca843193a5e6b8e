/** Asks before deleting a company, and says what stays: its applications are not touched. */
import { Dialog } from '../../components/dialog.js';
import { FormError } from '../../components/field.js';
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
    <Dialog open={company !== null} onClose={close} title="Delete company" labelledBy="delete-company-title">
      {company && (
        <div className="dialog-body">
          <h2 id="delete-company-title">Delete {company.name}?</h2>
          <p>
            The company and its notes, contacts and tags are removed. Applications that name it stay as they are, and
            “Sync from applications” can bring it back.
          </p>
          <FormError message={remove.error ? errorText(remove.error) : null} />
          <div className="form-actions">
            <button type="button" onClick={close} autoFocus>
              Cancel
            </button>
            <button type="button" className="button-danger" onClick={confirm} disabled={remove.isPending}>
              {remove.isPending ? 'Deleting…' : 'Delete company'}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
