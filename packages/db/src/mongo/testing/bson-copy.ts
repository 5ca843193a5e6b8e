/** What a round trip through BSON does to a value, for the in-process database: a deep copy, so
 * nothing the caller holds aliases what is stored, with `undefined` turned into null as the
 * driver writes it (its default `ignoreUndefined: false`). */
import type { Document } from '../minimal-db.js';
import { isPlainObject } from '../safe-values.js';

export function bsonCopy<T>(value: T): T {
  if (value === undefined) return null as T;
  if (Array.isArray(value)) return value.map((item: unknown) => bsonCopy(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  // ObjectIds and other BSON values are immutable; primitives are values.
  if (!isPlainObject(value)) return value;
  const copy: Document = {};
  for (const [key, child] of Object.entries(value)) copy[key] = bsonCopy(child);
  return copy as T;
}
