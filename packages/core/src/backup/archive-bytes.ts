/** Byte streams of the archive: counted against the size they were declared with, so a file that
 * changed while it was exported, or an entry that lies about its size, stops with an error. */

export class SizeMismatchError extends Error {}

export async function* exactly(bytes: AsyncIterable<Uint8Array>, size: number, what: string): AsyncGenerator<Uint8Array> {
  let seen = 0;
  for await (const chunk of bytes) {
    seen += chunk.byteLength;
    if (seen > size) throw new SizeMismatchError(`${what} is larger than its declared ${size} bytes`);
    yield chunk;
  }
  if (seen !== size) throw new SizeMismatchError(`${what} has ${seen} bytes, not the declared ${size}`);
}

/** The whole entry in memory (the manifest only; its size is capped before this is called). */
export async function readAll(bytes: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of bytes) {
    chunks.push(chunk);
    total += chunk.byteLength;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export async function* single(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
