/** Opens the GridFS file store: over the driver's database (a `GridFSBucket` and collections
 * with the store's write concern), or over any bucket and database with the store's interfaces
 * (the in-process doubles of `@jobtracker/db/mongo/testing`). Creates the bucket's indexes. */
import { GridFSBucket, type Db } from 'mongodb';
import type { IndexOptions, MinimalDb, SortSpec } from '../minimal-db.js';
import { MONGO_WRITE_CONCERN } from '../write-concern.js';
import { createGridFsFileStore, type GridFsFileStore } from './gridfs-file-store.js';
import { bucketCollections, GRIDFS_BUCKET_NAME, type MinimalBucket } from './minimal-bucket.js';

export type GridFsFileStoreOptions = {
  /** Default `media` (collections `media.files`, `media.chunks`). */
  bucketName?: string;
  /** Bytes per chunk document; the driver's default is 255 KiB. */
  chunkSizeBytes?: number;
};

type BucketIndex = { collection: 'files' | 'chunks'; keys: SortSpec; options: IndexOptions & { name: string } };

/** The driver's own two indexes under the names it gives them (it creates them on the first
 * upload into an empty bucket and must find them, not a twin under another name), and a unique
 * filename: one file per key, whatever races. */
export const GRIDFS_INDEXES: readonly BucketIndex[] = [
  { collection: 'files', keys: { filename: 1, uploadDate: 1 }, options: { name: 'filename_1_uploadDate_1' } },
  { collection: 'files', keys: { filename: 1 }, options: { name: 'filename_unique', unique: true } },
  { collection: 'chunks', keys: { files_id: 1, n: 1 }, options: { name: 'files_id_1_n_1', unique: true } },
];

export async function ensureGridFsIndexes(db: MinimalDb, bucketName: string): Promise<void> {
  const names = bucketCollections(bucketName);
  for (const index of GRIDFS_INDEXES) await db.collection(names[index.collection]).createIndex(index.keys, index.options);
}

/** The store over any bucket and database with the store's interfaces. */
export async function openGridFsFileStoreOver(options: {
  db: MinimalDb;
  bucket: MinimalBucket;
  bucketName?: string;
}): Promise<GridFsFileStore> {
  const bucketName = options.bucketName ?? GRIDFS_BUCKET_NAME;
  await ensureGridFsIndexes(options.db, bucketName);
  return createGridFsFileStore({ db: options.db, bucket: options.bucket, bucketName });
}

/** The driver's bucket and collections for the store: every write (chunks, files documents,
 * commits, deletes) uses `MONGO_WRITE_CONCERN`, whatever the client that made `db` was given.
 * Does no I/O. */
export function driverGridFs(db: Db, options: GridFsFileStoreOptions = {}): { db: MinimalDb; bucket: MinimalBucket; bucketName: string } {
  const bucketName = options.bucketName ?? GRIDFS_BUCKET_NAME;
  const bucket: MinimalBucket = new GridFSBucket(db, {
    bucketName,
    writeConcern: MONGO_WRITE_CONCERN,
    ...(options.chunkSizeBytes === undefined ? {} : { chunkSizeBytes: options.chunkSizeBytes }),
  });
  const durable: MinimalDb = { collection: (name) => db.collection(name, { writeConcern: MONGO_WRITE_CONCERN }) };
  return { db: durable, bucket, bucketName };
}

/** The store over the driver's database (see `driverGridFs`); creates the bucket's indexes. */
export async function openGridFsFileStore(db: Db, options: GridFsFileStoreOptions = {}): Promise<GridFsFileStore> {
  return openGridFsFileStoreOver(driverGridFs(db, options));
}
