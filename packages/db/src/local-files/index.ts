/** @jobtracker/db/local-files: the FileStore on local disk, under MEDIA_ROOT. */
export { createLocalFileStore } from './local-file-store.js';
export type { LocalFileStore } from './local-file-store.js';
export { copyLocalFiles } from './local-backup.js';
export type { LocalFilesCopy } from './local-backup.js';
