/** The API's store on MongoDB over mingo, for the in-process suite's second run: the MongoDB
 * repositories and login-attempt log on an in-process mingo database, files in GridFS through the
 * in-process bucket, as `openStore` returns them for a real server. The database is wrapped so a
 * test can close it (every later operation fails, as on a closed client) or make the removal of
 * one file fail. */
import { openGridFsFileStoreOver, openMongoStoreOver, type Document, type MinimalCollection, type MinimalDb } from '@jobtracker/db/mongo';
import { createMingoDb, createMingoGridFsBucket } from '@jobtracker/db/mongo/testing';
import type { OpenedStore } from '../infra/open-store.js';

export const GRIDFS_FILES = 'media.files';
export const GRIDFS_CHUNKS = 'media.chunks';
/** The driver's default chunk size, as production uses it. */
export const GRIDFS_CHUNK_SIZE_BYTES = 255 * 1024;

export type MingoTestStore = {
  opened: OpenedStore;
  /** The database under the store, unwrapped (tests read the stored documents). */
  db: MinimalDb;
  /** Until the returned function runs, deleting the GridFS file named `key` fails. */
  jam(key: string): () => void;
};

export async function openMingoTestStore(options: { loginAttemptRetentionMs: number }): Promise<MingoTestStore> {
  const db = createMingoDb();
  let closed = false;
  const jammed = new Set<string>();
  const wrapped: MinimalDb = {
    collection: (name) => guarded(db.collection(name), {
      closed: () => closed,
      refuses: (method, filter) => name === GRIDFS_FILES && method === 'deleteOne' && jammed.has(String((filter['filename'] as Document | undefined)?.['$eq'])),
    }),
  };
  const store = await openMongoStoreOver(wrapped, options);
  const files = await openGridFsFileStoreOver({ db: wrapped, bucket: createMingoGridFsBucket(wrapped, { chunkSizeBytes: GRIDFS_CHUNK_SIZE_BYTES }) });
  return {
    opened: {
      store,
      files,
      description: 'MongoDB over mingo (in-process), files in GridFS',
      shared: true,
      close: async () => {
        closed = true;
      },
    },
    db,
    jam(key) {
      jammed.add(key);
      return () => jammed.delete(key);
    },
  };
}

/** The collection, but every call fails once the store is closed, and the calls `refuses`
 * names fail always. */
function guarded(collection: MinimalCollection, rules: { closed: () => boolean; refuses: (method: string, filter: Document) => boolean }): MinimalCollection {
  return new Proxy(collection, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        // The driver's message for an operation on a closed client.
        if (rules.closed()) throw new Error('Topology is closed');
        const filter = (args[0] ?? {}) as Document;
        if (rules.refuses(String(property), filter)) throw new Error(`refused by the test: ${String(property)} on ${JSON.stringify(filter)}`);
        return (value as (...inner: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
