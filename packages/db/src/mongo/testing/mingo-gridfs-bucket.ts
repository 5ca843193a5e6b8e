/** An in-process GridFS bucket for tests: the store's `MinimalBucket` over any `MinimalDb` (the
 * mingo database), writing the documents the driver writes, in its layout and order. Chunks
 * `{ _id, files_id, n, data }` go in while bytes arrive, each full `chunkSizeBytes`; the files
 * document `{ _id, length, chunkSize, uploadDate, filename, metadata }` only when the stream
 * finishes. Downloads read chunk by chunk in `n` order and fail, as the driver does, on a missing
 * or wrongly sized chunk. What it cannot show is listed in packages/db/README.md. */
import { Readable, Writable } from 'node:stream';
import { Binary, ObjectId } from 'mongodb';
import { bucketCollections, GRIDFS_BUCKET_NAME, type MinimalBucket } from '../files/minimal-bucket.js';
import type { Document, MinimalCollection, MinimalDb } from '../minimal-db.js';

/** The driver's default chunk size. */
const DEFAULT_CHUNK_SIZE_BYTES = 255 * 1024;

type Collections = { files: MinimalCollection; chunks: MinimalCollection };

class MingoUploadStream extends Writable {
  private pending: Buffer = Buffer.alloc(0);
  private n = 0;
  private length = 0;

  constructor(
    private readonly collections: Collections,
    readonly id: ObjectId,
    private readonly file: { filename: string; metadata: Document; chunkSizeBytes: number },
  ) {
    super();
  }

  /** The two indexes the driver makes sure of before the first upload; the unique one on
   * chunks refuses a second chunk with the same number. */
  override _construct(callback: (error?: Error | null) => void): void {
    const ensure = async (): Promise<void> => {
      await this.collections.files.createIndex({ filename: 1, uploadDate: 1 });
      await this.collections.chunks.createIndex({ files_id: 1, n: 1 }, { unique: true });
    };
    ensure().then(() => callback(), callback);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    // Copied: the writer may reuse its buffer once the callback ran.
    this.pending = Buffer.concat([this.pending, chunk]);
    this.length += chunk.length;
    this.flush(false).then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    const finish = async (): Promise<void> => {
      await this.flush(true);
      const { filename, metadata, chunkSizeBytes } = this.file;
      // The driver's field order; `uploadDate` is the client's clock, as the driver sets it.
      const document = { _id: this.id, length: this.length, chunkSize: chunkSizeBytes, uploadDate: new Date(), filename, metadata };
      await this.collections.files.insertOne(document);
    };
    finish().then(() => callback(), callback);
  }

  /** Inserts every full chunk (and, at the end, the remnant). */
  private async flush(end: boolean): Promise<void> {
    const size = this.file.chunkSizeBytes;
    while (this.pending.length >= size || (end && this.pending.length > 0)) {
      const data = Buffer.from(this.pending.subarray(0, size));
      this.pending = this.pending.subarray(data.length);
      await this.collections.chunks.insertOne({ _id: new ObjectId(), files_id: this.id, n: this.n, data: new Binary(data) });
      this.n += 1;
    }
  }
}

async function* chunksOf(collections: Collections, id: ObjectId): AsyncGenerator<Buffer> {
  const file = await collections.files.findOne({ _id: { $eq: id } });
  if (!file) throw new Error(`FileNotFound: file ${id.toHexString()} was not found`);
  const length = Number(file['length']);
  const chunkSize = Number(file['chunkSize']);
  for (let n = 0, read = 0; read < length; n++) {
    const chunk = await collections.chunks.findOne({ files_id: { $eq: id }, n: { $eq: n } });
    if (!chunk) throw new Error(`ChunkIsMissing: no chunk ${n} of file ${id.toHexString()}`);
    const stored: unknown = chunk['data'];
    const data = stored instanceof Binary ? stored.buffer : (stored as Uint8Array);
    const expected = Math.min(chunkSize, length - read);
    if (data.length !== expected) throw new Error(`ChunkIsWrongSize: chunk ${n} has ${data.length} bytes, expected ${expected}`);
    read += data.length;
    yield Buffer.from(data);
  }
}

export type MingoGridFsBucketOptions = { bucketName?: string; chunkSizeBytes?: number };

export function createMingoGridFsBucket(db: MinimalDb, options: MingoGridFsBucketOptions = {}): MinimalBucket {
  const names = bucketCollections(options.bucketName ?? GRIDFS_BUCKET_NAME);
  const collections: Collections = { files: db.collection(names.files), chunks: db.collection(names.chunks) };
  const chunkSizeBytes = options.chunkSizeBytes ?? DEFAULT_CHUNK_SIZE_BYTES;
  return {
    openUploadStreamWithId: (id, filename, { metadata }) => new MingoUploadStream(collections, id, { filename, metadata, chunkSizeBytes }),
    // Readable.from starts the generator on the first read only, as the driver's stream does.
    openDownloadStream: (id) => Readable.from(chunksOf(collections, id), { objectMode: false }),
  };
}
