/** Document ids: the domain's 24-hex strings are stored as BSON ObjectIds, so the same ids
 * appear on SQLite and MongoDB and sort alike (ObjectId byte order is lowercase-hex order). */
import { ObjectId } from 'mongodb';
import type { Document } from './minimal-db.js';
import { eqInteger } from './safe-values.js';

const CANONICAL_ID = /^[0-9a-f]{24}$/;

/** The `_id` a document with this id would have; null for text no stored document can have
 * (core lowercases and checks path ids before they get here). */
export function storedIdOf(id: unknown): ObjectId | null {
  if (typeof id !== 'string') throw new TypeError('Expected a string id');
  return CANONICAL_ID.test(id) ? ObjectId.createFromHexString(id) : null;
}

/** The `_id` of a new document; refuses an id that would not read back unchanged. */
export function newStoredId(id: string): ObjectId {
  const stored = storedIdOf(id);
  if (stored === null) throw new TypeError(`Not a lowercase 24-hex id: ${JSON.stringify(id)}`);
  return stored;
}

export function idFromStored(stored: unknown): string {
  if (!(stored instanceof ObjectId)) throw new TypeError('Stored document has no ObjectId _id');
  return stored.toHexString();
}

/** The query for one of the user's documents; null when `id` cannot be a stored id. */
export function ownDocument(userId: number, id: string): Document | null {
  const storedId = storedIdOf(id);
  return storedId && { _id: storedId, user_id: eqInteger(userId) };
}
