/** The resume: a link to the current one, and an upload through the files module. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ACCEPTED_RESUME, uploadResume } from '../../lib/files.js';
import { showToast } from '../../lib/toasts.js';
import type { Me } from '../../lib/trpc.js';
import { meQuery } from '../auth/index.js';

export function ResumeUpload({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  // SERVER GAP (issue item 10): POST /api/applications/upload-resume/ takes only Bearer tokens
  // today, so this is refused with 401 until the cookie + CSRF route lands; the message says so.
  const upload = useMutation({
    mutationFn: uploadResume,
    onSuccess: () => showToast('Resume uploaded.'),
    onError: (error) => showToast(`Upload failed: ${error.message}`, 'error'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: meQuery.queryKey }),
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
      <div>
        <label className="button">
          {upload.isPending ? 'Uploading…' : 'Upload a resume'}
          <input
            type="file"
            className="visually-hidden"
            accept={ACCEPTED_RESUME}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) upload.mutate(file);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      <p className="small muted">PDF, Word or text, up to 5 MB.</p>
    </section>
  );
}
