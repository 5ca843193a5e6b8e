/** The upload endpoints of contract section 6, one call each once the transport has staged the
 * `file` part (stageUpload) and read the other fields. Every check runs before the file becomes
 * visible, so a refused upload leaves nothing; a record that cannot be written takes its file
 * with it. */
import type { Attachment } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import type { UserRepository } from '../users/ports.js';
import { checkUpload, commitUpload, orDiscard, removeAfterFailure, type UploadDeps } from './accept-upload.js';
import { appendAttachment, attachTargetOrFail, recordResumeUrl } from './attachments.js';
import type { StagedUpload } from './stage-upload.js';

/** `upload` is null when the request had no `file` part. */
type UploadCommand = { userId: number; upload: StagedUpload | null; now: Date };

/** POST /upload/ (6.2): stored, linked to nothing. `kind` is the form's `file_type` field,
 * `document` when absent; any other value than resume/document rejects every extension. */
export function uploadFile(deps: UploadDeps, command: UploadCommand & { kind: string | undefined }): Promise<Attachment> {
  const { upload } = command;
  return orDiscard(deps, upload, async () => {
    const accepted = checkUpload(upload, command.kind ?? 'document');
    return commitUpload(deps, { userId: command.userId, accepted, now: command.now });
  });
}

/** POST /upload-resume/ (6.3): kind resume; the profile's `resume_url` points at the new file
 * (the previous file is kept). */
export async function uploadResume(deps: UploadDeps & { users: Pick<UserRepository, 'update'> }, command: UploadCommand): Promise<Attachment> {
  const { upload } = command;
  const attachment = await orDiscard(deps, upload, async () => {
    const accepted = checkUpload(upload, 'resume');
    return commitUpload(deps, { userId: command.userId, accepted, now: command.now });
  });
  try {
    await recordResumeUrl(deps.users, { userId: command.userId, fileUrl: attachment.file_url, now: command.now });
  } catch (error) {
    await removeAfterFailure(deps, command.userId, attachment.file_path);
    throw error;
  }
  return attachment;
}

/** POST /{id}/attach/ (6.4, 13): file present, file rules, id format, existence, then the file
 * is committed and appended atomically (concurrent attaches all land). `rawId` is the path id. */
export async function attachFile(
  deps: UploadDeps & { applications: Pick<ApplicationRepository, 'findById' | 'update'> },
  command: UploadCommand & { rawId: string },
): Promise<Attachment> {
  const { upload } = command;
  const { id, attachment } = await orDiscard(deps, upload, async () => {
    const accepted = checkUpload(upload, 'document');
    const target = await attachTargetOrFail(deps.applications, command.userId, command.rawId);
    return { id: target, attachment: await commitUpload(deps, { userId: command.userId, accepted, now: command.now }) };
  });
  try {
    await appendAttachment(deps.applications, { userId: command.userId, id, attachment, now: command.now });
  } catch (error) {
    await removeAfterFailure(deps, command.userId, attachment.file_path);
    throw error;
  }
  return attachment;
}
