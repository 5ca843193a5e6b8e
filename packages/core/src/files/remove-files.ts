/** Deletions that take files with them: an attachment, an application, an account's uploads.
 * The record changes first (atomically); files go afterwards, best effort: a record already
 * changed is the truth the client sees, so a file that cannot be removed does not turn the
 * answer into an error. The keys left behind are returned for the caller to log. */
import { applicationIdOrFail } from '../applications/manage-applications.js';
import type { ApplicationRepository } from '../applications/ports.js';
import { DomainError } from '../shared/domain-error.js';
import type { FileStore } from './file-store.js';
import { removeAttachment } from './attachments.js';

/** Keys whose removal failed (an I/O error); they stay as orphans. */
export type FileCleanup = { leftoverKeys: string[] };

async function removeEach(files: Pick<FileStore, 'remove'>, userId: number, keys: readonly string[]): Promise<FileCleanup> {
  const leftoverKeys: string[] = [];
  for (const key of keys) {
    try {
      // Only a server-shaped key inside the owner's folder is ever touched (the store checks).
      await files.remove(userId, key);
    } catch {
      leftoverKeys.push(key);
    }
  }
  return { leftoverKeys };
}

/** DELETE /{id}/attachments/{index}/ (6.5): id format, existence, index range; the element is
 * removed atomically, then its file. */
export async function deleteAttachment(
  deps: { applications: Pick<ApplicationRepository, 'update'>; files: Pick<FileStore, 'remove'> },
  command: { userId: number; rawId: string; rawIndex: string | number; now: Date },
): Promise<FileCleanup> {
  const removed = await removeAttachment(deps.applications, command);
  return removeEach(deps.files, command.userId, [removed.file_path]);
}

/** DELETE /applications/{id}/ (5.5) with its attachment files: id format (400), existence (404).
 * The files are those of the document as read just before the delete; an attach landing in
 * between leaves its file behind (no port returns the deleted document yet). */
export async function deleteApplicationAndFiles(
  deps: { applications: Pick<ApplicationRepository, 'findById' | 'delete'>; files: Pick<FileStore, 'remove'> },
  command: { userId: number; id: string },
): Promise<FileCleanup> {
  const id = applicationIdOrFail(command.id);
  const current = await deps.applications.findById(command.userId, id);
  if (!current || !(await deps.applications.delete(command.userId, id))) throw new DomainError('APPLICATION.NOT_FOUND');
  return removeEach(deps.files, command.userId, (current.attachments ?? []).map((attachment) => attachment.file_path));
}

/** Every uploaded file of an account (for account deletion); resolves to how many. */
export function removeAccountFiles(deps: { files: Pick<FileStore, 'removeAll'> }, command: { userId: number }): Promise<number> {
  return deps.files.removeAll(command.userId);
}
