/** Writes core's archive entries as a zip, streamed: each entry's bytes are pushed through
 * fflate (deflate for text, stored as they are for uploads, which are compressed already) and the
 * zip's bytes handed on as they come, so memory holds one chunk, not the archive. */
import type { ArchiveEntry } from '@jobtracker/core';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** Without ZIP64 (which fflate does not write) a zip holds at most this many entries... */
const MAX_ZIP_ENTRIES = 0xffff;
/** ...and its offsets stay below 4 GiB. */
const MAX_ZIP_BYTES = 0xffffffff;

export class ZipLimitError extends Error {}

export async function* zipEntries(entries: AsyncIterable<ArchiveEntry>): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  let written = 0;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  function* flush(): Generator<Uint8Array> {
    if (failure) throw failure;
    for (const chunk of ready.splice(0)) {
      written += chunk.byteLength;
      if (written > MAX_ZIP_BYTES) throw new ZipLimitError('The archive would be larger than 4 GiB, which a zip without ZIP64 cannot hold.');
      yield chunk;
    }
  }
  let count = 0;
  try {
    for await (const entry of entries) {
      count += 1;
      if (count > MAX_ZIP_ENTRIES) throw new ZipLimitError(`The archive would have more than ${MAX_ZIP_ENTRIES} entries.`);
      const file = entry.compress ? new ZipDeflate(entry.path, { level: 6 }) : new ZipPassThrough(entry.path);
      file.mtime = entry.modifiedAt;
      zip.add(file);
      for await (const chunk of entry.bytes) {
        file.push(chunk);
        yield* flush();
      }
      file.push(new Uint8Array(0), true);
      yield* flush();
    }
    zip.end();
    yield* flush();
  } catch (error) {
    zip.terminate();
    throw error;
  }
}
