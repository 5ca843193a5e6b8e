/** Parsed documents kept by id for as long as their stored JSON is unchanged: a page of 20
 * applications then costs 20 string comparisons instead of 20 `JSON.parse`s and date
 * conversions. The stored text itself is the key's check, so a write by any process (or any
 * path) is seen at once; there is nothing to invalidate. Cached documents are shared by every
 * reader, so they are deeply frozen: a caller that tried to change one would throw, not corrupt
 * what others read. Read-modify-writes parse their own copy. */
import type { DocumentRow } from './document-table.js';

/** Documents kept; a few pages for each of many users, a few MiB. */
const MAX_ENTRIES = 5_000;

type Entry<D> = { userId: number; doc: string; value: D };

export class DocumentCache<D> {
  readonly #entries = new Map<string, Entry<D>>();
  readonly #parse: (row: DocumentRow) => D;
  readonly #maxEntries: number;

  constructor(parse: (row: DocumentRow) => D, maxEntries = MAX_ENTRIES) {
    this.#parse = parse;
    this.#maxEntries = maxEntries;
  }

  /** The row's document: the cached one when its stored text is the same, else parsed (and
   * cached unless `remember` is false, as for one-off streams over a whole collection). */
  fromRow(row: DocumentRow, remember = true): D {
    const entry = this.#entries.get(row.id);
    if (entry && entry.doc === row.doc && entry.userId === row.user_id) {
      if (remember) {
        // Most recently used last: the Map's order is the eviction order.
        this.#entries.delete(row.id);
        this.#entries.set(row.id, entry);
      }
      return entry.value;
    }
    const value = deepFreeze(this.#parse(row));
    if (remember) {
      this.#entries.delete(row.id);
      if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
      this.#entries.set(row.id, { userId: row.user_id, doc: row.doc, value });
    }
    return value;
  }
}

/** Freezes a parsed document and everything in it (plain objects, arrays and Dates). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
