/** The account archive (export and restore, lossless) and account deletion. */
export type { ArchiveEntry, ArchiveEntryInfo, ArchiveReader } from './archive-ports.js';
export {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  DATA_PATHS as ARCHIVE_DATA_PATHS,
  FILES_PREFIX as ARCHIVE_FILES_PREFIX,
  MANIFEST_PATH as ARCHIVE_MANIFEST_PATH,
  MAX_ARCHIVE_ENTRIES,
  MAX_DATA_ENTRY_BYTES,
  MAX_FILE_ENTRY_BYTES,
  MAX_MANIFEST_BYTES,
  unsafePathReason,
} from './archive-paths.js';
export { decodeTagged, encodeTagged } from './archive-json.js';
export type { ArchivedProfile, ArchiveManifest } from './archive-manifest.js';
export type { ArchivedSettings } from './archive-settings.js';
export { exportAccount } from './export-account.js';
export type { ExportAccountDeps } from './export-account.js';
export { restoreAccount } from './restore-account.js';
export type { RestoreAccountDeps, RestoreResult } from './restore-account.js';
export { deleteAccount, WRONG_PASSWORD_MESSAGE } from './delete-account.js';
export type { DeleteAccountDeps, DeletedAccount } from './delete-account.js';
