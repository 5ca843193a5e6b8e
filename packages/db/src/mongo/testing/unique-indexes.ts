/** Unique-index enforcement for the in-process database, so a duplicate email or `_id` is refused
 * as MongoDB refuses it: with error code 11000 and the index's key pattern. */
import { Query } from 'mingo';
import { ObjectId } from 'mongodb';
import { DUPLICATE_KEY, type Document, type SortSpec } from '../minimal-db.js';

export type UniqueIndex = { name: string; keys: SortSpec; partialFilterExpression?: Document };

export const ID_INDEX: UniqueIndex = { name: '_id_', keys: { _id: 1 } };

/** Throws the server's duplicate-key error when `candidate` collides with another document on
 * any unique index. `others` must not include the document `candidate` replaces. */
export function assertUnique(options: {
  collection: string;
  indexes: readonly UniqueIndex[];
  candidate: Document;
  others: readonly Document[];
}): void {
  for (const index of options.indexes) {
    // A partial index holds, and so constrains, only the documents its filter matches.
    const indexed = index.partialFilterExpression ? new Query(index.partialFilterExpression) : null;
    if (indexed && !indexed.test(options.candidate)) continue;
    const key = indexKey(options.candidate, index.keys);
    const clash = options.others.find((other) => (!indexed || indexed.test(other)) && indexKey(other, index.keys) === key);
    if (clash !== undefined) throw duplicateKeyError(options.collection, index, options.candidate);
  }
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
