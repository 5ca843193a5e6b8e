/** The resume: a link to the current one, and an upload with its progress and, if refused, the
 * server's reason under the button. */
import { useQueryClient } from '@tanstack/react-query';
import { FileUploadButton, FileUploadStatus, useFileUpload } from '../../components/file-upload.js';
import { showToast } from '../../lib/toasts.js';
import { uploadFile } from '../../lib/transfers.js';
import type { Me } from '../../lib/trpc.js';
import { meQuery } from '../auth/index.js';

const ACCEPTED_RESUME = '.pdf,.doc,.docx,.txt';
const STATUS_ID = 'resume-status';

export function ResumeUpload({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const upload = useFileUpload((file, options) => uploadFile('/api/applications/upload-resume/', file, options), {
    onSuccess: (_answer, file) => showToast(`Resume uploaded: ${file.name}.`),
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
          <FileUploadButton upload={upload} label={me.resume_url ? 'Replace your resume' : 'Upload a resume'} accept={ACCEPTED_RESUME} statusId={STATUS_ID} />
        </div>
        <FileUploadStatus upload={upload} statusId={STATUS_ID} hint="PDF, Word or text, up to 5 MB." />
      </div>
    </section>
  );
}
