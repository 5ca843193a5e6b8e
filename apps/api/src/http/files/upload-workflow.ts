/** Receiving one uploaded file: the file rules, then streaming to a staged file with content
 * sniffing, then commit, so a refused upload leaves nothing. (To become core use cases behind a
 * FileStore port; kept as it was until then.) */
import {
  contentMatchesExtension,
  contentMismatchMessage,
  DomainError,
  extensionOf,
  FILE_SIZE_MESSAGE,
  fileRuleErrors,
  isFileKind,
  sanitizeDisplayName,
  type Attachment,
  type FileKind,
} from '@jobtracker/core';
import type { MediaStore } from '../../infra/media-store.js';
import type { ParsedForm } from './file-operation.js';

/** Validates and stores the `file` part. `beforeCommit` runs after every file check and before
 * the file becomes visible; if it throws, the staged bytes are deleted. */
export async function receiveFile(options: {
  store: MediaStore;
  form: ParsedForm;
  userId: number;
  kind: string;
  now: Date;
  beforeCommit?: () => Promise<void>;
}): Promise<Attachment> {
  const file = options.form.files.get('file');
  const name = file ? sanitizeDisplayName(file.name) : '';
  if (!file || name === '') throw new DomainError('FILE.MISSING');
  const errors = fileRuleErrors({ size: file.size, filename: name, kind: options.kind });
  if (errors.length > 0) throw new DomainError('FILE.INVALID', { errors });
  // Only known kinds allow any extension, so `kind` is one of them from here on.
  const kind = options.kind as FileKind;
  if (!isFileKind(kind)) throw new DomainError('FILE.INVALID', { errors });
  const extension = extensionOf(name);

  const staged = await options.store.stage({ userId: options.userId, kind, extension, originalName: name, source: file.stream() });
  try {
    if (staged.tooLarge) throw new DomainError('FILE.INVALID', { errors: [FILE_SIZE_MESSAGE] });
    if (!contentMatchesExtension(extension, staged.content)) {
      throw new DomainError('FILE.INVALID', { errors: [contentMismatchMessage(extension)] });
    }
    await options.beforeCommit?.();
    const stored = await staged.commit();
    return {
      filename: name,
      original_name: name,
      file_path: stored.filePath,
      file_url: stored.fileUrl,
      file_size: stored.size,
      file_type: extension.slice(1),
      uploaded_at: options.now,
    };
  } catch (error) {
    await staged.discard();
    throw error;
  }
}
