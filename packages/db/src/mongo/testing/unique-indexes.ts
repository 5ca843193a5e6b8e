/** Unique-index enforcement for the in-process database, so a duplicate email or `_id` is refused
 * as MongoDB refuses it: with error code 11000 and the index's key pattern. */
import { Query } from 'mingo';
import { ObjectId } from 'mongodb';
import { DUPLICATE_KEY, type Document, type SortSpec } from '../minimal-db.js';

export type UniqueIndex = { name: string; keys: SortSpec; partialFilterExpression?: Document };

export const ID_INDEX: UniqueIndex = { name: '_id_', keys: { _id: 1 } };

/** A collection's unique-index entries: for each unique index, key -> the document holding it.
 * Built from the documents once and then kept up to date on inserts, so inserting n documents
 * costs n lookups instead of n² key computations (10,000 imported rows took minutes). The owner
 * drops it on any other change and it is rebuilt on the next check. */
export class UniqueEntries {
  private readonly byIndex: Array<{ index: UniqueIndex; indexed: Query | null; keys: Map<string, Document> }>;

  /** Throws the duplicate-key error if `documents` already break one of `indexes`. */
  constructor(
    private readonly collection: string,
    indexes: readonly UniqueIndex[],
    documents: readonly Document[],
  ) {
    this.byIndex = indexes.map((index) => ({
      index,
      // A partial index holds, and so constrains, only the documents its filter matches.
      indexed: index.partialFilterExpression ? new Query(index.partialFilterExpression) : null,
      keys: new Map(),
    }));
    for (const document of documents) {
      this.assertFree(document, undefined);
      this.add(document);
    }
  }

  /** Throws the server's duplicate-key error when `candidate` collides with another document on
   * any unique index; `replacing` is the stored document it replaces, if any. */
  assertFree(candidate: Document, replacing: Document | undefined): void {
    for (const { index, indexed, keys } of this.byIndex) {
      const key = entryOf(candidate, index, indexed);
      if (key === null) continue;
      const holder = keys.get(key);
      if (holder !== undefined && holder !== replacing) throw duplicateKeyError(this.collection, index, candidate);
    }
  }

  add(document: Document): void {
    for (const { index, indexed, keys } of this.byIndex) {
      const key = entryOf(document, index, indexed);
      if (key !== null) keys.set(key, document);
    }
  }
}

/** The document's key in `index`, or null when a partial index leaves it out. */
function entryOf(document: Document, index: UniqueIndex, indexed: Query | null): string | null {
  return indexed && !indexed.test(document) ? null : indexKey(document, index.keys);
}

export function duplicateKeyError(collection: string, index: UniqueIndex, document: Document): Error {
  const keyValue = Object.fromEntries(Object.keys(index.keys).map((path) => [path, valueAtPath(document, path) ?? null]));
  return Object.assign(
    new Error(`E11000 duplicate key error collection: ${collection} index: ${index.name} dup key: ${describe(keyValue)}`),
    { name: 'MongoServerError', code: DUPLICATE_KEY, keyPattern: { ...index.keys }, keyValue },
  );
}

/** A missing field indexes as null, as in MongoDB (so two documents without it collide). */
function indexKey(document: Document, keys: SortSpec): string {
  return describe(Object.keys(keys).map((path) => valueAtPath(document, path) ?? null));
}

export function valueAtPath(document: Document, path: string): unknown {
  let value: unknown = document;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Document)[key];
  }
  return value;
}

/** Type-tagged text of index values: 1 and "1", or a Date and its ISO text, never collide. */
function describe(value: unknown): string {
  return JSON.stringify(value, function (this: Document, key: string, item: unknown) {
    const original: unknown = key === '' ? value : this[key];
    if (original instanceof ObjectId) return `o:${original.toHexString()}`;
    if (original instanceof Date) return `d:${original.getTime()}`;
    if (typeof original === 'string') return `s:${original}`;
    return item;
  });
}
