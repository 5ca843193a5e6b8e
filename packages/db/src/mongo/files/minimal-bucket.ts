/** The two GridFS operations the file store streams through. The driver's `GridFSBucket`
 * satisfies this interface as it is (open-gridfs.ts assigns one to it, so the compiler checks
 * it); `testing/mingo-gridfs-bucket.ts` implements it over the store's collection interface. The
 * store reads and changes files documents through the collections themselves, because commit
 * must be one conditional update (`rename` is unconditional and cannot set metadata). */
import type { Readable, Writable } from 'node:stream';
import type { ObjectId } from 'mongodb';
import type { Document } from '../minimal-db.js';

/** Chunks are written while bytes arrive; the files document only once the stream finishes. */
export type MinimalUploadStream = Writable & { readonly id: unknown };

export interface MinimalBucket {
  openUploadStreamWithId(id: ObjectId, filename: string, options: { metadata: Document }): MinimalUploadStream;
  /** The file's bytes in chunk order; nothing is read before the stream is. */
  openDownloadStream(id: ObjectId): Readable;
}

/** The bucket of uploaded files: collections `media.files` and `media.chunks`. */
export const GRIDFS_BUCKET_NAME = 'media';

/** GridFS keeps a bucket in two collections named after it. */
export function bucketCollections(bucketName: string): { files: string; chunks: string } {
  return { files: `${bucketName}.files`, chunks: `${bucketName}.chunks` };
}
