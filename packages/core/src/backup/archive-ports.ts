/** The ports of the account archive. Core decides the entries and reads the manifest; an adapter
 * turns entries into the container's bytes (a zip in packages/db) and back. */

/** One entry to write: the adapter reads `bytes` once, in order, when it gets to the entry. */
export type ArchiveEntry = {
  /** Relative, `/`-separated (see archive-paths.ts). */
  path: string;
  bytes: AsyncIterable<Uint8Array>;
  /** Text that shrinks when compressed; uploaded files (PDF, DOCX) are stored as they are. */
  compress: boolean;
  modifiedAt: Date;
};

export type ArchiveEntryInfo = {
  path: string;
  /** Uncompressed size as the archive's directory declares it. */
  size: number;
};

/** An archive opened for reading, with random access: the whole directory is known before any
 * entry is read, and an entry can be read more than once. */
export interface ArchiveReader {
  /** Every entry in stored order, directory entries (ending in `/`) included. */
  readonly entries: readonly ArchiveEntryInfo[];
  /** The bytes of one listed entry; ends with an error when the bytes do not match the declared
   * size or checksum. */
  read(path: string): AsyncIterable<Uint8Array>;
}
