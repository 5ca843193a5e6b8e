/** The resume: a link to the current one, and an upload with its progress and, if refused, the
 * server's reason under the button. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { TransferStatus } from '../../components/transfer-status.js';
import { ACCEPTED_RESUME, uploadResume } from '../../lib/files.js';
import { showToast } from '../../lib/toasts.js';
import type { Me } from '../../lib/trpc.js';
import { useTransfer } from '../../lib/use-transfer.js';
import { meQuery } from '../auth/index.js';

export function ResumeUpload({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const [fileName, setFileName] = useState('');
  const upload = useTransfer((file: File, options) => uploadResume(file, options), {
    onSuccess: (_file, input) => showToast(`Resume uploaded: ${input.name}.`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: meQuery.queryKey }),
  });
  return (
    <section className="form-section" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Resume</h2>
      {me.resume_url ? (
        <p>
          <a href={me.resume_url} download>
            Download your current resume
          </a>
        </p>
      ) : (
        <p className="muted">No resume uploaded yet.</p>
      )}
      <div className="stack" style={{ gap: '0.5rem' }}>
        <div>
          <label className="button">
            {upload.isPending ? 'Uploading…' : me.resume_url ? 'Replace your resume' : 'Upload a resume'}
            <input
              type="file"
              className="visually-hidden"
              accept={ACCEPTED_RESUME}
              disabled={upload.isPending}
              aria-describedby="resume-status"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) {
                  setFileName(file.name);
                  upload.mutate(file);
                }
                event.target.value = '';
              }}
            />
          </label>
        </div>
        <TransferStatus
          id="resume-status"
          activity={`Uploading ${fileName}`}
          progress={upload.progress}
          error={upload.error ? `Upload failed: ${upload.error.message}` : null}
          hint="PDF, Word or text, up to 5 MB."
        />
      </div>
    </section>
  );
}
