/** Attached documents: download (the /media/ link takes the session cookie), delete over tRPC,
 * and upload through the files module. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { errorText } from '../../lib/api-errors.js';
import { ACCEPTED_DOCUMENT, attachFile } from '../../lib/files.js';
import { formatDateTime } from '../../lib/time.js';
import { showToast } from '../../lib/toasts.js';
import type { Application } from '../../lib/trpc.js';
import { applicationKeys } from './applications-queries.js';
import { useDeleteAttachment } from './use-application-mutations.js';

export function AttachmentsSection({ application }: { application: Application }) {
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const remove = useDeleteAttachment();
  // SERVER GAP (issue item 10): POST .../attach/ takes only Bearer tokens today, so this upload is
  // refused with 401 until the cookie + CSRF route lands; the message says so (no fake success).
  const upload = useMutation({
    mutationFn: (file: File) => attachFile(application.id, file),
    onSuccess: () => showToast('File attached.'),
    onError: (error) => showToast(error instanceof Error ? `Upload failed: ${error.message}` : 'Upload failed.', 'error'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.detail(application.id) }),
  });
  return (
    <section className="card stack" aria-labelledby="attachments-heading">
      <div className="row">
        <h2 id="attachments-heading">Attachments</h2>
        <span className="spacer" />
        <label className="button button-small">
          {upload.isPending ? 'Uploading…' : 'Attach a file'}
          <input
            ref={input}
            type="file"
            className="visually-hidden"
            accept={ACCEPTED_DOCUMENT}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) upload.mutate(file);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      <p className="small muted">PDF, Word, text or images, up to 5 MB.</p>
      {application.attachments.length === 0 ? (
        <p className="muted">No files attached.</p>
      ) : (
        <ul className="attachment-list">
          {application.attachments.map((attachment, index) => (
            <li key={`${attachment.file_url}-${index}`} className="row">
              <a href={attachment.file_url} download={attachment.filename}>
                {attachment.filename}
              </a>
              <span className="small muted">{formatDateTime(attachment.uploaded_at)}</span>
              <span className="spacer" />
              <button
                type="button"
                className="button-small button-danger"
                aria-label={`Delete ${attachment.filename}`}
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { id: application.id, index },
                    {
                      onSuccess: () => showToast(`Deleted ${attachment.filename}.`),
                      onError: (error) => showToast(`Could not delete: ${errorText(error)}`, 'error'),
                    },
                  )
                }
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
