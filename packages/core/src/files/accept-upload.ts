/** The steps the three upload endpoints share: the checks of contract 6.1 on a staged upload
 * (file present, then the rules with both messages together, then the content), and the
 * commit that turns it into an attachment record under a key core chooses. */
import type { Attachment } from '../applications/application.js';
import type { RandomSource } from '../auth/tokens.js';
import { DomainError } from '../shared/domain-error.js';
import { contentMatchesExtension } from './content-sniff.js';
import { buildFileKey, fileUrlOf } from './file-key.js';
import type { FileStore } from './file-store.js';
import { contentMismatchMessage, fileRuleErrors, isFileKind, type FileKind } from './file-rules.js';
import type { StagedUpload } from './stage-upload.js';

/** What storing an upload needs: the store and a uuid4 source for the key. */
export type UploadDeps = { files: FileStore; random: Pick<RandomSource, 'uuidHex'> };

/** An upload that passed every check, with its kind. */
export type AcceptedUpload = { upload: StagedUpload; kind: FileKind };

/** Throws the contract's 400s in its order. */
export function checkUpload(upload: StagedUpload | null, kind: string): AcceptedUpload {
  if (!upload || upload.displayName === '') throw new DomainError('FILE.MISSING');
  const errors = fileRuleErrors({ size: upload.size, filename: upload.displayName, kind });
  // Only known kinds allow any extension, so an unknown kind never gets past here.
  if (errors.length > 0 || !isFileKind(kind)) throw new DomainError('FILE.INVALID', { errors });
  if (!contentMatchesExtension(upload.extension, upload.content)) {
    throw new DomainError('FILE.INVALID', { errors: [contentMismatchMessage(upload.extension)] });
  }
  return { upload, kind };
}

export async function commitUpload(
  deps: UploadDeps,
  command: { userId: number; accepted: AcceptedUpload; now: Date },
): Promise<Attachment> {
  const { upload, kind } = command.accepted;
  const key = buildFileKey({ ownerId: command.userId, kind, uuidHex: deps.random.uuidHex(), extension: upload.extension });
  await deps.files.commit(upload.staged, { key, displayName: upload.displayName });
  return {
    filename: upload.displayName,
    original_name: upload.displayName,
    file_path: key,
    file_url: fileUrlOf(key),
    file_size: upload.size,
    file_type: upload.extension.slice(1),
    uploaded_at: command.now,
  };
}

/** Runs `steps` (checks, then the commit); if any throws, the staged bytes are dropped and the
 * first error is what the caller sees. A failed discard is left for the next sweep. */
export async function orDiscard<T>(deps: { files: Pick<FileStore, 'discard'> }, upload: StagedUpload | null, steps: () => Promise<T>): Promise<T> {
  try {
    return await steps();
  } catch (error) {
    if (upload) await deps.files.discard(upload.staged).catch(() => undefined);
    throw error;
  }
}

/** Undoes a commit whose record could not be written, keeping the record's error as the one
 * reported. A file that cannot be removed stays as an orphan (it is committed, so no sweep). */
export async function removeAfterFailure(deps: { files: Pick<FileStore, 'remove'> }, userId: number, key: string): Promise<void> {
  await deps.files.remove(userId, key).catch(() => false);
}
