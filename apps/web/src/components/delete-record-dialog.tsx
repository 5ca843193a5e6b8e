/** Asks before deleting a named record (a company, a contact) through its delete mutation, and
 * says in `children` what the deletion leaves as it is. */
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorText } from '../lib/api-errors.js';
import { showToast } from '../lib/toasts.js';
import { ConfirmDialog } from './confirm-dialog.js';

type Props = {
  record: { id: string; name: string } | null;
  /** What the record is, in lower case: "company". */
  kind: string;
  remove: UseMutationResult<unknown, Error, string>;
  onClose: () => void;
  onDeleted?: (() => void) | undefined;
  children: ReactNode;
};

export function DeleteRecordDialog({ record, kind, remove, onClose, onDeleted, children }: Props) {
  const confirm = () => {
    if (!record) return;
    remove.mutate(record.id, {
      onSuccess: () => {
        showToast(`Deleted ${record.name}.`);
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
      open={record !== null}
      heading={`Delete ${record?.name ?? kind}?`}
      headingId={`delete-${kind}-title`}
      confirmLabel={`Delete ${kind}`}
      pendingLabel="Deleting…"
      pending={remove.isPending}
      error={remove.error ? errorText(remove.error) : null}
      onConfirm={confirm}
      onCancel={close}
    >
      {children}
    </ConfirmDialog>
  );
}
