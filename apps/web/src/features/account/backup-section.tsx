/** Backing up and restoring: download the whole account as one zip (profile, applications with
 * their files, companies, contacts, settings), and restore such a zip into this account when it
 * is still empty (a new account on this server or another). */
import type { RestoreResultOutput } from '@jobtracker/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { FormError } from '../../components/field.js';
import { TransferProgressBar } from '../../components/transfer-progress.js';
import { errorText } from '../../lib/api-errors.js';
import { showToast } from '../../lib/toasts.js';
import { downloadFile, uploadFile } from '../../lib/transfers.js';
import { useTransfer } from '../../lib/use-transfer.js';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** `onRestored` runs once the restored data is loaded, so forms holding the old values can start over. */
export function BackupSection({ onRestored }: { onRestored?: () => void }) {
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const backup = useTransfer((_: void, options) => downloadFile('/api/account/export/', 'jobtracker_account.zip', options), {
    onSuccess: (name) => showToast(`Saved ${name}.`),
  });
  const restore = useTransfer((archive: File, options) => uploadFile<RestoreResultOutput>('/api/account/restore/', archive, options), {
    onSuccess: async () => {
      setFile(null);
      if (input.current) input.current.value = '';
      // The profile, every list and every figure come from the archive now.
      await queryClient.invalidateQueries();
      onRestored?.();
    },
  });
  const busy = backup.isPending || restore.isPending;
  const restored = restore.data;

  return (
    <section className="form-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up and restore</h2>
      <div className="stack" style={{ gap: '0.5rem' }}>
        <h3>Download a backup</h3>
        <p className="small muted">
          One zip file with your profile, every application with its timeline and attached files, companies, contacts and settings. Keep it
          safe: it holds everything you entered.
        </p>
        <div>
          <button type="button" onClick={() => backup.mutate()} disabled={busy}>
            Download backup
          </button>
        </div>
        {backup.isPending && <TransferProgressBar label="Preparing the backup" progress={backup.progress} />}
        <FormError message={backup.error ? `The backup failed: ${errorText(backup.error)}` : null} />
      </div>
      <div className="stack" style={{ gap: '0.5rem' }}>
        <h3>Restore a backup</h3>
        <p className="small muted" id="restore-hint">
          Into this account only while it has no applications, companies or contacts (for example, a new account on another server). The whole
          file is checked first; nothing is written if any part of it is wrong.
        </p>
        <div className="row">
          <div className="field">
            <label htmlFor="restore-file">Backup file (.zip)</label>
            <input
              ref={input}
              id="restore-file"
              type="file"
              accept=".zip,application/zip"
              aria-describedby="restore-hint"
              disabled={busy}
              onChange={(event) => {
                restore.reset();
                setFile(event.target.files?.[0] ?? null);
              }}
            />
          </div>
          <button type="button" className="button-primary" disabled={!file || busy} onClick={() => file && restore.mutate(file)}>
            Restore
          </button>
        </div>
        {restore.isPending && <TransferProgressBar label="Restoring" progress={restore.progress} />}
        <FormError message={restore.error ? `Nothing was restored: ${errorText(restore.error)}` : null} />
        {restored && (
          <p className="alert alert-info" role="status">
            Restored {plural(restored.applications, 'application', 'applications')}, {plural(restored.companies, 'company', 'companies')},{' '}
            {plural(restored.contacts, 'contact', 'contacts')} and {plural(restored.files, 'file', 'files')}.
          </p>
        )}
      </div>
    </section>
  );
}
