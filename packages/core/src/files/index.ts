/** Upload rules, content sniffing and attachment records. */
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
