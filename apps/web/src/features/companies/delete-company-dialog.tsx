/** Asks before deleting a company, and says what stays: its applications are not touched. */
import { DeleteRecordDialog } from '../../components/delete-record-dialog.js';
import { useDeleteCompany, type Company } from './companies-queries.js';

type Props = { company: Company | null; onClose: () => void; onDeleted?: () => void };

export function DeleteCompanyDialog({ company, onClose, onDeleted }: Props) {
  return (
    <DeleteRecordDialog record={company} kind="company" remove={useDeleteCompany()} onClose={onClose} onDeleted={onDeleted}>
      <p>
        The company and its notes, contacts and tags are removed. Applications that name it stay as they are, and “Sync from applications”
        can bring it back.
      </p>
    </DeleteRecordDialog>
  );
}
