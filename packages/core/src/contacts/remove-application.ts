/** Deleting an application everywhere: the document, its attachments' files, and its links in
 * the owner's contacts, so no contact keeps pointing at an application that is gone. */
import { applicationIdOrFail } from '../applications/manage-applications.js';
import type { ApplicationRepository } from '../applications/ports.js';
import type { FileStore } from '../files/file-store.js';
import { deleteApplicationAndFiles, type FileCleanup } from '../files/remove-files.js';
import { forgetApplicationInContacts } from './contact-links.js';
import type { ContactRepository } from './ports.js';

export type RemoveApplicationDeps = {
  applications: Pick<ApplicationRepository, 'findById' | 'delete'>;
  files: Pick<FileStore, 'remove'>;
  contacts: Pick<ContactRepository, 'findPage' | 'update'>;
};

/** 400 for a malformed id, 404 when missing or another user's. The links go after the record,
 * so a failure in between leaves only links to a missing application, which every reader skips. */
export async function removeApplication(deps: RemoveApplicationDeps, command: { userId: number; id: string; now: Date }): Promise<FileCleanup> {
  const cleanup = await deleteApplicationAndFiles(deps, command);
  await forgetApplicationInContacts(deps, { userId: command.userId, applicationId: applicationIdOrFail(command.id), now: command.now });
  return cleanup;
}
