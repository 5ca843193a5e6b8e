/** Reads a zip through its central directory (yauzl), never by scanning for local headers: the
 * whole list of entries is known before any is read, entries can be read in any order and more
 * than once, and every entry's size is checked while it is inflated. Names are handed to core
 * undecoded by yauzl, so core's own path rules (and messages) apply to every archive. */
import { isDomainError, validationError, type ArchiveEntryInfo, type ArchiveReader } from '@jobtracker/core';
import { fromBufferPromise, openPromise, type Entry, type ZipFile } from 'yauzl';

export type OpenedZipArchive = ArchiveReader & {
  /** Releases the file; the reader is unusable afterwards. */
  close(): void;
};

const damaged = (what: string, error: unknown) =>
  validationError({ archive: [`${what} cannot be read: ${error instanceof Error ? error.message : String(error)}.`] });

const nameDecoder = new TextDecoder('utf-8', { fatal: true });

function nameOf(entry: Entry): string {
  // With decodeStrings off, yauzl leaves the raw bytes; names that are not UTF-8 are refused.
  const raw = entry.fileName as unknown as Uint8Array;
  try {
    return nameDecoder.decode(raw);
  } catch {
    throw validationError({ archive: ['An entry of the archive has a name that is not UTF-8 text.'] });
  }
}

async function readerOver(zip: ZipFile): Promise<OpenedZipArchive> {
  const byPath = new Map<string, Entry>();
  const entries: ArchiveEntryInfo[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const path = nameOf(entry);
      if (entry.isEncrypted()) throw validationError({ archive: [`The archive entry ${JSON.stringify(path)} is encrypted.`] });
      entries.push({ path, size: entry.uncompressedSize });
      // A second entry of the same name is reported by core; the first one is the one read.
      if (!byPath.has(path)) byPath.set(path, entry);
    }
  } catch (error) {
    zip.close();
    if (isDomainError(error)) throw error;
    throw damaged('The archive', error);
  }
  return {
    entries,
    async *read(path: string) {
      const entry = byPath.get(path);
      if (!entry) throw new Error(`No entry ${path} in the archive`);
      try {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const chunk of stream) yield chunk as Uint8Array;
      } catch (error) {
        throw damaged(`The archive entry ${JSON.stringify(path)}`, error);
      }
    },
    close: () => zip.close(),
  };
}

const OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true } as const;

/** A zip on disk (an upload kept in a temporary file). */
export async function openZipArchive(path: string): Promise<OpenedZipArchive> {
  let zip: ZipFile;
  try {
    zip = await openPromise(path, OPTIONS);
  } catch (error) {
    throw damaged('The file is not a zip archive, or it', error);
  }
  return readerOver(zip);
}

/** A zip in memory (tests, small archives). */
export async function openZipArchiveFromBytes(bytes: Uint8Array): Promise<OpenedZipArchive> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), OPTIONS);
  } catch (error) {
    throw damaged('The file is not a zip archive, or it', error);
  }
  return readerOver(zip);
}
