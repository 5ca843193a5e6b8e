/** What may reach a query or a stored document. Values from user input are compared as
 * themselves (`$eq`, `$in`, an escaped regex), never read as operators, and only strings,
 * numbers and booleans of the expected type get that far: `{"$ne": null}`, `{"$where": ...}` or
 * a RegExp in place of a string is refused before any query is built. Documents are written only
 * with keys that cannot be operators or paths. */
import type { Document } from './minimal-db.js';

export function eqString(value: unknown): { $eq: string } {
  return { $eq: requireType(value, 'string') };
}

export function eqBoolean(value: unknown): { $eq: boolean } {
  return { $eq: requireType(value, 'boolean') };
}

/** User ids and other integer keys. */
export function eqInteger(value: unknown): { $eq: number } {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError('Expected an integer query value');
  return { $eq: value };
}

export function inStrings(values: readonly unknown[]): { $in: string[] } {
  return { $in: values.map((value) => requireType(value, 'string')) };
}

/** The case folding of stored lowercased copies and of search terms, so both sides agree; the
 * SQLite store folds the same way (JS `toLowerCase`), so both stores match the same documents. */
export function foldCase(text: string): string {
  return text.toLowerCase();
}

/** A stored lowercased copy contains `term` literally, ignoring case: the term is folded like the
 * copy and every regex metacharacter escaped. */
export function containsIgnoringCase(term: unknown): { $regex: string } {
  return { $regex: escapeRegex(foldCase(requireType(term, 'string'))) };
}

/** A stored lowercased copy starts with `prefix` literally, ignoring case (anchored, so the
 * index on the copy can serve it). */
export function startsWithIgnoringCase(prefix: unknown): { $regex: string } {
  return { $regex: `^${escapeRegex(foldCase(requireType(prefix, 'string')))}` };
}

/** Dates reach queries as Date objects only (a string would compare by BSON type order). */
export function requireDate(value: unknown): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new TypeError('Expected a valid Date');
  return value;
}

/** Escapes text for a regex that both MongoDB's PCRE and JavaScript read the same way. A NUL is
 * written as `\x00` because the server refuses a pattern holding a raw one. */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/\0/g, '\\x00');
}

/** Throws when a key at any depth could be read as an operator (`$...`) or a path (`a.b`). The
 * contract allow-lists every key of a document, so this never fires for validated input; it keeps
 * a future field from quietly opening an injection. */
export function assertStorableKeys(value: unknown, path = ''): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertStorableKeys(item, `${path}[${index}]`));
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('$') || key.includes('.') || key.includes('\0')) {
      throw new TypeError(`Refusing to store the key ${JSON.stringify(key)} at ${path || 'the top level'}`);
    }
    assertStorableKeys(child, path ? `${path}.${key}` : key);
  }
}

/** A deep copy without `undefined` object entries, as JSON would store it: BSON would write them
 * as null, and an absent key must stay absent. Dates are copied; other objects (ObjectIds) kept. */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => (item === undefined ? null : withoutUndefined(item))) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (!isPlainObject(value)) return value;
  const copy: Document = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== undefined) copy[key] = withoutUndefined(child);
  }
  return copy as T;
}

export function isPlainObject(value: unknown): value is Document {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function requireType<K extends 'string' | 'boolean'>(value: unknown, type: K): K extends 'string' ? string : boolean {
  if (typeof value !== type) throw new TypeError(`Expected a ${type} query value`);
  return value as K extends 'string' ? string : boolean;
}
