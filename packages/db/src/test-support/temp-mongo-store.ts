/** Fresh MongoDB stores for tests: over the in-process mingo database, or in a throwaway database
 * of a real server (dropped on close) when MONGO_URI names one. */
import { randomBytes } from 'node:crypto';
import {
  MONGO_INDEXES,
  openMongoStore,
  openMongoStoreOver,
  type ConnectedMongoStore,
  type MongoStore,
  type MongoStoreOverOptions,
} from '../mongo/index.js';
import { createMingoDb, type MingoDb } from '../mongo/testing/index.js';

export type MingoStore = Omit<MongoStore, 'db'> & { db: MingoDb };

export async function openMingoStore(options: MongoStoreOverOptions = {}): Promise<MingoStore> {
  const db = createMingoDb();
  return { ...(await openMongoStoreOver(db, options)), db };
}

/** The server named by MONGO_URI, if any: the real-server runs are registered only then. */
export function realMongoUri(): string | undefined {
  return process.env['MONGO_URI'] || undefined;
}

/** Prints why the real-server runs of a test file are missing, so a skip is never silent. */
export function warnRealMongoSkipped(what = 'conformance run'): void {
  console.warn(`MONGO_URI not set: real-MongoDB ${what} skipped`);
}

/** A store in a new database on the real server; `close()` drops the database. The TTL indexes
 * are dropped: the suites use fixed dates in the past, which the server's TTL monitor would
 * otherwise delete in the middle of a test. */
export async function openRealMongoStore(uri: string): Promise<ConnectedMongoStore> {
  const store = await openMongoStore({ uri, dbName: `jobtracker_test_${randomBytes(6).toString('hex')}` });
  for (const index of MONGO_INDEXES) {
    if (index.options.expireAfterSeconds !== undefined) await store.db.collection(index.collection).dropIndex(index.options.name);
  }
  return {
    ...store,
    async close() {
      try {
        await store.db.dropDatabase();
      } finally {
        await store.close();
      }
    },
  };
}
