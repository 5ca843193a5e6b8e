/** @jobtracker/db/mongo: the MongoDB store (official driver). Importing this subpath is what
 * loads the driver, so only a deployment that chooses MongoDB pays for it. */
export {
  DEFAULT_LOGIN_ATTEMPT_RETENTION_MS,
  createMongoClient,
  MONGO_WRITE_CONCERN,
  openMongoStore,
  openMongoStoreOver,
} from './open-mongo.js';
export type { ConnectedMongoStore, MongoStore, MongoStoreOptions, MongoStoreOverOptions } from './open-mongo.js';
export { COLLECTIONS } from './collections.js';
export { MONGO_INDEXES } from './indexes.js';
export type { IndexDefinition } from './indexes.js';
export type { Document, MinimalCollection, MinimalCursor, MinimalDb } from './minimal-db.js';
