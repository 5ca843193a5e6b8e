/** Request-scoped temporary files on local disk, for uploads that are read more than once or at
 * random: a CSV import reads its file twice (the date order, then the rows), and a zip is read
 * through its central directory at the end. The bytes are written as they arrive, never held in
 * memory, and the file is removed when the request is done with it. Each file sits in its own
 * `mkdtemp` folder under the system's temp directory, so processes cannot collide; a process
 * killed mid-request leaves at most that folder for the system's temp cleaning. */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type SpooledFile = {
  /** Absolute path of the file (a zip reader opens it by path). */
  path: string;
  size: number;
  /** The bytes from the start; each call opens the file again. */
  read(): AsyncIterable<Uint8Array>;
  /** Idempotent. */
  remove(): Promise<void>;
};

const PREFIX = 'jobtracker-upload-';

async function* counted(bytes: AsyncIterable<Uint8Array>, total: { size: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of bytes) {
    total.size += chunk.byteLength;
    yield chunk;
  }
}

/** Writes `bytes` to a new temporary file. If `bytes` throws, nothing is left and the error
 * propagates. */
export async function spoolToTempFile(bytes: AsyncIterable<Uint8Array>, options: { root?: string } = {}): Promise<SpooledFile> {
  const folder = await mkdtemp(join(options.root ?? tmpdir(), PREFIX));
  const path = join(folder, 'upload');
  const remove = () => rm(folder, { recursive: true, force: true });
  const total = { size: 0 };
  try {
    // `wx`: a new file only; mode 0600: the upload is the caller's data.
    await pipeline(Readable.from(counted(bytes, total)), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await remove();
    throw error;
  }
  return {
    path,
    size: total.size,
    read: () => createReadStream(path) as AsyncIterable<Uint8Array>,
    remove,
  };
}
