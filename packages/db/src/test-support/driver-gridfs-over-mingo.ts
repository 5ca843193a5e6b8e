/** The store's production path over the in-process database: `driverGridFs` with the driver's own
 * `GridFSBucket` (its chunking, its files document, its download checks), on a stand-in `Db`
 * whose collections are mingo's. Only the server is missing. The stand-in implements just what
 * the driver's GridFS code calls (insertOne, findOne, listIndexes, createIndex, a chunk cursor)
 * and records the write concern of every write, so a test can see that all of them are durable.
 * It leans on how the driver's GridFS code uses its collections: if a driver upgrade breaks it,
 * read that code again (node_modules/mongodb/lib/gridfs/) before trusting the double. */
import { Binary, type Db } from 'mongodb';
import { driverGridFs } from '../mongo/files/open-gridfs.js';
import type { FindOptions, SortSpec } from '../mongo/minimal-db.js';
import {
  openGridFsFileStoreOver,
  type Document,
  type GridFsFileStore,
  type GridFsFileStoreOptions,
  type MinimalBucket,
} from '../mongo/index.js';
import { createMingoDb, type MingoCollection, type MingoDb } from '../mongo/testing/index.js';

export type RecordedWrite = { collection: string; operation: string; writeConcern: unknown };

type Options = { writeConcern?: unknown; projection?: Document };

/** The find options mingo understands, without the driver's others (timeoutMS...). */
function pick(options: FindOptions = {}): FindOptions {
  const { projection, sort, skip, limit } = options;
  return {
    ...(projection && { projection }),
    ...(sort && { sort }),
    ...(skip !== undefined && { skip }),
    ...(limit !== undefined && { limit }),
  };
}

/** BSON returns binary data as `Binary`, whatever typed array was written. */
function asStored(document: Document): Document {
  const stored: Document = {};
  for (const [key, value] of Object.entries(document)) stored[key] = value instanceof Uint8Array ? new Binary(value) : value;
  return stored;
}

/** A cursor as the driver's: options may be chained before the first read; read whole or one
 * document at a time (GridFS downloads read chunks with `next()`). */
function cursorOver(collection: MingoCollection, filter: Document, initial: FindOptions = {}) {
  const options: FindOptions = { ...initial };
  let documents: Document[] | undefined;
  let at = 0;
  const load = async (): Promise<Document[]> => (documents ??= await collection.find(filter, options).toArray());
  const cursor = {
    sort(spec: SortSpec) {
      options.sort = spec;
      return cursor;
    },
    limit(count: number) {
      options.limit = count;
      return cursor;
    },
    withReadPreference() {
      return cursor;
    },
    toArray: load,
    async next(): Promise<Document | null> {
      return (await load())[at++] ?? null;
    },
    async close() {},
  };
  return cursor;
}

function standInCollection(collection: MingoCollection, collectionOptions: Options | undefined, writes: RecordedWrite[]) {
  const record = (operation: string, options: Options | undefined) =>
    writes.push({ collection: collection.name, operation, writeConcern: options?.writeConcern ?? collectionOptions?.writeConcern });
  return {
    insertOne(document: Document, options?: Options) {
      record('insertOne', options);
      return collection.insertOne(asStored(document));
    },
    findOne: (filter: Document, options?: Options) =>
      collection.findOne(filter, options?.projection ? { projection: options.projection } : {}),
    find: (filter: Document, options?: FindOptions) => cursorOver(collection, filter, pick(options)),
    countDocuments: (filter: Document) => collection.countDocuments(filter),
    updateOne(filter: Document, update: Document, options?: Options) {
      record('updateOne', options);
      return collection.updateOne(filter, update);
    },
    deleteOne(filter: Document, options?: Options) {
      record('deleteOne', options);
      return collection.deleteOne(filter);
    },
    deleteMany(filter: Document, options?: Options) {
      record('deleteMany', options);
      return collection.deleteMany(filter);
    },
    aggregate: (pipeline: Document[]) => collection.aggregate(pipeline),
    createIndex: (keys: Record<string, 1 | -1>, options?: Document) => collection.createIndex(keys, options),
    listIndexes: () => ({ toArray: () => collection.indexes() }),
    indexes: () => collection.indexes(),
  };
}

export type DriverGridFsOverMingo = {
  files: GridFsFileStore;
  db: MingoDb;
  bucket: MinimalBucket;
  /** Every write made through the stand-in, in order. */
  writes: RecordedWrite[];
  close(): Promise<void>;
};

export async function openDriverGridFsOverMingo(options: GridFsFileStoreOptions = {}): Promise<DriverGridFsOverMingo> {
  const db = createMingoDb();
  const writes: RecordedWrite[] = [];
  const standIn = {
    collection: (name: string, collectionOptions?: Options) => standInCollection(db.collection(name), collectionOptions, writes),
  };
  const gridFs = driverGridFs(standIn as unknown as Db, options);
  return { files: await openGridFsFileStoreOver(gridFs), db, bucket: gridFs.bucket, writes, close: async () => {} };
}
