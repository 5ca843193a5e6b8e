/** @jobtracker/db/local-files: the FileStore on local disk, under MEDIA_ROOT. */
export { createLocalFileStore } from './local-file-store.js';
export type { LocalFileStore } from './local-file-store.js';
