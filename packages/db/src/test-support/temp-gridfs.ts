/** GridFS file stores for tests, with the bucket and database under them so tests can look at
 * (and damage) the stored documents: over the in-process bucket and mingo database, or in a
 * throwaway database of a real server (dropped on close) when MONGO_URI names one. */
import { driverGridFs } from '../mongo/files/open-gridfs.js';
import {
  openGridFsFileStoreOver,
  type Document,
  type GridFsFileStore,
  type GridFsFileStoreOptions,
  type MinimalBucket,
  type MinimalCollection,
} from '../mongo/index.js';
import { createMingoDb, createMingoGridFsBucket } from '../mongo/testing/index.js';
import { openRealMongoStore } from './temp-mongo-store.js';

export type InspectableCollection = MinimalCollection & { indexes(): Promise<Document[]> };

export type GridFsFixture = {
  files: GridFsFileStore;
  /** The database the bucket is in: `media.files` and `media.chunks`. */
  db: { collection(name: string): InspectableCollection };
  /** A bucket over the same collections, with the store's chunk size. */
  bucket: MinimalBucket;
  close(): Promise<void>;
};

export type OpenGridFs = () => Promise<GridFsFixture>;

/** Small chunks, so the suites' files span several chunk documents. */
export const SMALL_CHUNKS: GridFsFileStoreOptions = { chunkSizeBytes: 1000 };

export async function openMingoGridFs(options: GridFsFileStoreOptions = SMALL_CHUNKS): Promise<GridFsFixture> {
  const db = createMingoDb();
  const bucket = createMingoGridFsBucket(db, options);
  const bucketName = options.bucketName === undefined ? {} : { bucketName: options.bucketName };
  const files = await openGridFsFileStoreOver({ db, bucket, ...bucketName });
  return { files, db, bucket, close: async () => {} };
}

export async function openRealGridFs(uri: string, options: GridFsFileStoreOptions = SMALL_CHUNKS): Promise<GridFsFixture> {
  const store = await openRealMongoStore(uri);
  const gridFs = driverGridFs(store.db, options);
  return {
    files: await openGridFsFileStoreOver(gridFs),
    db: { collection: (name) => store.db.collection(name) as unknown as InspectableCollection },
    bucket: gridFs.bucket,
    close: () => store.close(),
  };
}
