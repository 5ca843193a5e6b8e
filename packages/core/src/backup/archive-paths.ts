/** Version 1 of the account archive: the names of its entries and what each may hold.
 *
 *   data/applications.jsonl   one application per line (tagged JSON, see archive-json.ts)
 *   data/companies.jsonl      one company per line
 *   data/contacts.jsonl       one contact per line
 *   files/<key>               the bytes of each uploaded file, `<key>` being its key at export
 *                             (`uploads/<user>/<kind>/<uuid><ext>`)
 *   manifest.json             format, version, profile, settings, counts and the file list;
 *                             written last, so its counts are exact (readers use the directory)
 */
import { MAX_UPLOAD_BYTES } from '../files/file-rules.js';

export const ARCHIVE_FORMAT = 'jobtracker-account-archive';
export const ARCHIVE_VERSION = 1;

export const MANIFEST_PATH = 'manifest.json';
export const DATA_PATHS = {
  applications: 'data/applications.jsonl',
  companies: 'data/companies.jsonl',
  contacts: 'data/contacts.jsonl',
} as const;
export const FILES_PREFIX = 'files/';

export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
export const MAX_DATA_ENTRY_BYTES = 1024 * 1024 * 1024;
/** One document per line: the contract caps every text field, so a line stays far below this. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;
/** Uploads are capped at the upload limit, so no archived file can be larger. */
export const MAX_FILE_ENTRY_BYTES = MAX_UPLOAD_BYTES;
export const MAX_ARCHIVE_ENTRIES = 100_000;

export const fileEntryPath = (key: string): string => `${FILES_PREFIX}${key}`;

/** Why `path` cannot be an entry name, or null when it can: relative, `/`-separated, without
 * `.` or `..` segments, empty segments, backslashes, drive letters or control characters. */
export function unsafePathReason(path: string): string | null {
  if (path === '') return 'an empty name';
  if (path.length > 1024) return 'a name longer than 1024 characters';
  if (path.includes('\\')) return 'a backslash';
  if (path.startsWith('/')) return 'an absolute path';
  if (/^[a-zA-Z]:/.test(path)) return 'a drive letter';
  if (/\p{Cc}/u.test(path)) return 'a control character';
  const segments = (path.endsWith('/') ? path.slice(0, -1) : path).split('/');
  if (segments.some((segment) => segment === '..')) return 'a path that leaves the archive folder (..)';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'an empty or "." path segment';
  return null;
}
