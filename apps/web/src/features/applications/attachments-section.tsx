/** Attached documents: upload (with progress, and the server's reason if refused), download (a
 * /media/ link: the session cookie authenticates it) and delete over tRPC. */
import { useQueryClient } from '@tanstack/react-query';
import { FileUploadButton, FileUploadStatus, useFileUpload } from '../../components/file-upload.js';
import { errorText } from '../../lib/api-errors.js';
import { formatDateTime } from '../../lib/time.js';
import { showToast } from '../../lib/toasts.js';
import type { Application } from '../../lib/trpc.js';
import { ACCEPTED_DOCUMENT, attachFile } from './application-transfers.js';
import { applicationKeys } from './applications-queries.js';
import { useDeleteAttachment } from './use-application-mutations.js';

const STATUS_ID = 'attachment-status';

export function AttachmentsSection({ application }: { application: Application }) {
  const queryClient = useQueryClient();
  const remove = useDeleteAttachment();
  const upload = useFileUpload((file, options) => attachFile(application.id, file, options), {
    onSuccess: (_file, input) => showToast(`Attached ${input.name}.`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: applicationKeys.detail(application.id) }),
  });
  return (
    <section className="card stack" aria-labelledby="attachments-heading">
      <div className="row">
        <h2 id="attachments-heading">Attachments</h2>
        <span className="spacer" />
        <FileUploadButton upload={upload} label="Attach a file" accept={ACCEPTED_DOCUMENT} statusId={STATUS_ID} className="button button-small" />
      </div>
      <FileUploadStatus upload={upload} statusId={STATUS_ID} hint="PDF, Word, text or images, up to 5 MB." />
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
