/** An archive held in memory: what an export yields, collected into named byte arrays, and read
 * back through the ArchiveReader port, so core's tests need no container. Entries can be edited
 * in between, to build broken archives. */
import type { ArchiveEntry, ArchiveReader } from '../backup/archive-ports.js';

export type InMemoryArchive = {
  /** Entry names in written order, with their bytes. */
  files: Map<string, Uint8Array>;
  reader(): ArchiveReader;
};

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export async function collectArchive(entries: AsyncIterable<ArchiveEntry>): Promise<InMemoryArchive> {
  const files = new Map<string, Uint8Array>();
  for await (const entry of entries) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of entry.bytes) chunks.push(chunk.slice());
    files.set(entry.path, concat(chunks));
  }
  return inMemoryArchive(files);
}

export function inMemoryArchive(files: Map<string, Uint8Array>): InMemoryArchive {
  return {
    files,
    reader: () => ({
      entries: [...files].map(([path, bytes]) => ({ path, size: bytes.byteLength })),
      async *read(path: string) {
        const bytes = files.get(path);
        if (!bytes) throw new Error(`no entry ${path}`);
        // Small chunks, as a real container hands them out.
        for (let at = 0; at < bytes.byteLength; at += 1024) yield bytes.slice(at, at + 1024);
      },
    }),
  };
}
