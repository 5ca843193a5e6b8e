/** Files: upload rules, content sniffing, the FileStore port and the upload, download and
 * deletion use cases built on it. */
export {
  allowedExtensions,
  contentMismatchMessage,
  extensionOf,
  FILE_KINDS,
  FILE_SIZE_MESSAGE,
  fileRuleErrors,
  fileTypeMessage,
  isFileKind,
  MAX_UPLOAD_BYTES,
  sanitizeDisplayName,
} from './file-rules.js';
export type { FileKind } from './file-rules.js';
export { contentMatchesExtension, createContentSniffer, detectContent } from './content-sniff.js';
export type { ContentSniffer, DetectedContent } from './content-sniff.js';
export { appendAttachment, attachTargetOrFail, recordResumeUrl, removeAttachment } from './attachments.js';
export type { CommitTarget, FileStore, StagedFile, StoredFile } from './file-store.js';
export { buildFileKey, fileUrlOf, isOwnFileKey, parseFileKey } from './file-key.js';
export type { ParsedFileKey } from './file-key.js';
export { discardUpload, stageUpload } from './stage-upload.js';
export type { IncomingFile, StagedUpload } from './stage-upload.js';
export type { UploadDeps } from './accept-upload.js';
export { attachFile, uploadFile, uploadResume } from './upload-use-cases.js';
export { deleteApplicationAndFiles, deleteAttachment, removeAccountFiles } from './remove-files.js';
export type { FileCleanup } from './remove-files.js';
export { openDownload } from './open-download.js';
export type { FileDownload } from './open-download.js';
