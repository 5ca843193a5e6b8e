/** @jobtracker/db/mongo/testing: the MongoDB store's in-process test database (mingo behind the
 * store's MinimalDb interface). For tests only: mingo is a development dependency. */
export { createMingoDb, MingoDb } from './mingo-db.js';
export { MingoCollection } from './mingo-collection.js';
export { createMingoGridFsBucket } from './mingo-gridfs-bucket.js';
export type { MingoGridFsBucketOptions } from './mingo-gridfs-bucket.js';
