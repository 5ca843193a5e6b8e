/** The few MongoDB operations the adapter uses. The driver's `Db`/`Collection` satisfy these
 * interfaces as they are (open-mongo.ts assigns one to the other, so the compiler checks it), and
 * `testing/mingo-db.ts` implements them in-process with mingo for tests. */
import type { Document } from 'mongodb';

export type { Document };

export type SortSpec = Record<string, 1 | -1>;

export type FindOptions = {
  projection?: Document;
  sort?: SortSpec;
  skip?: number;
  limit?: number;
};

export type IndexOptions = {
  name?: string;
  unique?: boolean;
  /** A TTL index: documents are deleted this many seconds after the indexed date. */
  expireAfterSeconds?: number;
  /** Only documents matching this filter are indexed (and, for a unique index, kept unique). */
  partialFilterExpression?: Document;
};

export type UpdateCounts = { matchedCount: number; modifiedCount: number };

export interface MinimalCursor<T> {
  toArray(): Promise<T[]>;
}

export interface MinimalCollection {
  insertOne(document: Document): Promise<unknown>;
  /** Unordered: every document is tried; failures are reported together afterwards as one
   * error whose `writeErrors` list each failed document's `index` and `code`. */
  insertMany(documents: Document[], options: { ordered: false }): Promise<unknown>;
  findOne(filter: Document, options?: Omit<FindOptions, 'skip' | 'limit'>): Promise<Document | null>;
  find(filter: Document, options?: FindOptions): MinimalCursor<Document>;
  countDocuments(filter: Document): Promise<number>;
  updateOne(filter: Document, update: Document): Promise<UpdateCounts>;
  updateMany(filter: Document, update: Document): Promise<UpdateCounts>;
  /** Replaces the first match whole (its `_id` kept). */
  replaceOne(filter: Document, replacement: Document): Promise<UpdateCounts>;
  findOneAndUpdate(
    filter: Document,
    update: Document,
    options: { upsert?: boolean; returnDocument: 'before' | 'after' },
  ): Promise<Document | null>;
  deleteOne(filter: Document): Promise<{ deletedCount: number }>;
  deleteMany(filter: Document): Promise<{ deletedCount: number }>;
  aggregate(pipeline: Document[]): MinimalCursor<Document>;
  createIndex(keys: SortSpec, options?: IndexOptions): Promise<string>;
}

export interface MinimalDb {
  collection(name: string): MinimalCollection;
}

/** MongoDB's duplicate-key error code (a unique index refused a write). */
export const DUPLICATE_KEY = 11000;

export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === DUPLICATE_KEY;
}
