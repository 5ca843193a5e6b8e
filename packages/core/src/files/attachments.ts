/** Attachment and resume records: every change goes through the repositories' atomic
 * read-modify-write, so concurrent attaches or deletes never lose an element. */
import type { Application, Attachment } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import { DomainError } from '../shared/domain-error.js';
import { parseObjectId } from '../shared/ids.js';
import type { UserRepository } from '../users/ports.js';

/** The application an upload will be attached to: id format (400), then existence (404).
 * Checked before the file is stored, so a bad target leaves no file behind. */
export async function attachTargetOrFail(applications: Pick<ApplicationRepository, 'findById'>, userId: number, rawId: string): Promise<string> {
  const id = parseObjectId(rawId);
  if (id === null) throw new DomainError('APPLICATION.INVALID_ID');
  if (!(await applications.findById(userId, id))) throw new DomainError('APPLICATION.NOT_FOUND');
  return id;
}

export async function appendAttachment(
  applications: Pick<ApplicationRepository, 'update'>,
  command: { userId: number; id: string; attachment: Attachment; now: Date },
): Promise<Application> {
  const updated = await applications.update(command.userId, command.id, (current) => ({
    ...current,
    attachments: [...(current.attachments ?? []), command.attachment],
    updated_at: command.now,
  }));
  if (!updated) throw new DomainError('APPLICATION.NOT_FOUND');
  return updated;
}

/** Contract 6.5: id format ("Invalid ID"), existence, then index range; returns the removed
 * attachment so the caller can delete its file. */
export async function removeAttachment(
  applications: Pick<ApplicationRepository, 'update'>,
  command: { userId: number; rawId: string; rawIndex: string | number; now: Date },
): Promise<Attachment> {
  const id = parseObjectId(command.rawId);
  if (id === null) throw new DomainError('ATTACHMENT.INVALID_ID');
  const index = typeof command.rawIndex === 'number' ? command.rawIndex : /^[0-9]+$/.test(command.rawIndex) ? Number(command.rawIndex) : -1;
  let removed: Attachment | undefined;
  const updated = await applications.update(command.userId, id, (current) => {
    const attachments = current.attachments ?? [];
    if (!Number.isSafeInteger(index) || index < 0 || index >= attachments.length) throw new DomainError('ATTACHMENT.INVALID_INDEX');
    removed = attachments[index];
    return { ...current, attachments: attachments.filter((_, i) => i !== index), updated_at: command.now };
  });
  if (!updated || !removed) throw new DomainError('APPLICATION.NOT_FOUND');
  return removed;
}

/** Upload-resume points the profile at the new file; the previous file is kept (contract 6.3). */
export async function recordResumeUrl(users: Pick<UserRepository, 'update'>, command: { userId: number; fileUrl: string; now: Date }): Promise<void> {
  const updated = await users.update(command.userId, () => ({ resume_url: command.fileUrl, updated_at: command.now }));
  if (!updated) throw new DomainError('AUTH.USER_NOT_FOUND');
}
