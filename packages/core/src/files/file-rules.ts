/** The upload rules of contract section 6.1: allowed extensions per kind, the 5 MiB limit, the
 * exact messages, and the display-name sanitiser (client names are data, never paths). */

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const FILE_KINDS = ['resume', 'document'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const ALLOWED: Record<FileKind, readonly string[]> = {
  resume: ['.pdf', '.doc', '.docx', '.txt'],
  document: ['.pdf', '.doc', '.docx', '.txt', '.jpg', '.jpeg', '.png'],
};

export const FILE_SIZE_MESSAGE = 'File size exceeds 5MB limit';

export function isFileKind(kind: string): kind is FileKind {
  return (FILE_KINDS as readonly string[]).includes(kind);
}

/** Unknown kinds allow nothing, so they can never name a storage folder. */
export function allowedExtensions(kind: string): readonly string[] {
  return isFileKind(kind) ? ALLOWED[kind] : [];
}

export function fileTypeMessage(extension: string, kind: string): string {
  return `File type ${extension} not allowed. Allowed types: ${allowedExtensions(kind).join(', ')}`;
}

export function contentMismatchMessage(extension: string): string {
  return `File content does not match the ${extension} extension`;
}

/** Python's `os.path.splitext(name)[1].lower()`: leading dots do not start an extension. */
export function extensionOf(filename: string): string {
  const base = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
  const stem = base.replace(/^\.+/, '');
  const dot = stem.lastIndexOf('.');
  return dot < 0 ? '' : stem.slice(dot).toLowerCase();
}

/** Both rules are checked and reported together, size first (as the original does). */
export function fileRuleErrors(file: { size: number; filename: string; kind: string }): string[] {
  const errors: string[] = [];
  if (file.size > MAX_UPLOAD_BYTES) errors.push(FILE_SIZE_MESSAGE);
  const extension = extensionOf(file.filename);
  if (!allowedExtensions(file.kind).includes(extension)) errors.push(fileTypeMessage(extension, file.kind));
  return errors;
}

// C0 and C1 controls, DEL, line/paragraph separators and bidi overrides (which can make
// "evil\u202Efdp.exe" display as "evilexe.pdf").
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const MAX_DISPLAY_NAME = 255;

/** The client filename as safe display data: the last path part (either separator), without
 * control characters, trimmed and capped. "" when nothing usable is left (no file, then). */
export function sanitizeDisplayName(filename: string): string {
  const base = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
  const cleaned = base.replace(UNSAFE_CHARACTERS, '').trim();
  if (cleaned === '.' || cleaned === '..') return '';
  if (cleaned.length <= MAX_DISPLAY_NAME) return cleaned;
  // Keep the extension when capping, so the rules still see it.
  const extension = extensionOf(cleaned);
  return [...cleaned.slice(0, cleaned.length - extension.length)].slice(0, MAX_DISPLAY_NAME - extension.length).join('') + extension;
}
