/** @jobtracker/db/mongo: the MongoDB store (official driver). Importing this subpath is what
 * loads the driver, so only a deployment that chooses MongoDB pays for it. */
export {
  DEFAULT_LOGIN_ATTEMPT_RETENTION_MS,
  createMongoClient,
  openMongoStore,
  openMongoStoreOver,
} from './open-mongo.js';
export type { ConnectedMongoStore, MongoStore, MongoStoreOptions, MongoStoreOverOptions } from './open-mongo.js';
export { MONGO_WRITE_CONCERN } from './write-concern.js';
export type { GridFsFileStore } from './files/gridfs-file-store.js';
export { GRIDFS_INDEXES, openGridFsFileStore, openGridFsFileStoreOver } from './files/open-gridfs.js';
export type { GridFsFileStoreOptions } from './files/open-gridfs.js';
export { bucketCollections, GRIDFS_BUCKET_NAME } from './files/minimal-bucket.js';
export type { MinimalBucket, MinimalUploadStream } from './files/minimal-bucket.js';
export { COLLECTIONS } from './collections.js';
export { MONGO_INDEXES } from './indexes.js';
export type { IndexDefinition } from './indexes.js';
export type { Document, MinimalCollection, MinimalCursor, MinimalDb } from './minimal-db.js';
