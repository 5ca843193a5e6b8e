/** Writing a source into a GridFS upload stream so that, when this returns or throws, no chunk
 * insert is still in flight: each write is awaited until the stream has stored what it had to
 * store. A cleanup after a failed upload can therefore not race a late chunk. */
import { finished } from 'node:stream/promises';
import type { MinimalUploadStream } from './minimal-bucket.js';

function write(upload: MinimalUploadStream, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    upload.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/** Resolves once the files document is written; rejects with the source's or the stream's
 * error, leaving the stream open (the caller destroys it and removes what was written). */
export async function writeAll(upload: MinimalUploadStream, bytes: AsyncIterable<Uint8Array>): Promise<void> {
  // Listens from the start, so a failing insert never becomes an unhandled 'error' event.
  const done = finished(upload);
  done.catch(() => undefined);
  for await (const chunk of bytes) await write(upload, chunk);
  upload.end();
  await done;
}
