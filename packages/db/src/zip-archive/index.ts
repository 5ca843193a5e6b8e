/** @jobtracker/db/zip-archive: core's account archive as a zip file (fflate writes, yauzl reads). */
export { zipEntries, ZipLimitError } from './zip-writer.js';
export { openZipArchive, openZipArchiveFromBytes } from './zip-reader.js';
export type { OpenedZipArchive } from './zip-reader.js';
