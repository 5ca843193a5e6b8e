/** Parsed documents kept by id for as long as they are current: a page of 20 applications then
 * costs 20 lookups instead of 20 `JSON.parse`s and date conversions. Each is kept with a stamp
 * that changes whenever the stored document does: its version (applications, migration 6) or
 * its stored text itself (companies). A reader compares the stamp it read with the kept one, so
 * a write by any process (or any path) is seen at once; there is nothing to invalidate. Kept
 * documents are shared by every reader, so they are deeply frozen: a caller that tried to change
 * one would throw, not corrupt what others read. Read-modify-writes parse their own copy. */

/** Documents kept; a few pages for each of many users, a few MiB. */
const MAX_ENTRIES = 5_000;

type Stamp = number | string;
type Entry<D> = { userId: number; stamp: Stamp; value: D };

export class DocumentCache<D> {
  readonly #entries = new Map<string, Entry<D>>();
  readonly #maxEntries: number;

  constructor(maxEntries = MAX_ENTRIES) {
    this.#maxEntries = maxEntries;
  }

  /** The kept document if it is still the one stamped so; undefined otherwise. */
  find(id: string, userId: number, stamp: Stamp): D | undefined {
    const entry = this.#entries.get(id);
    if (!entry || entry.stamp !== stamp || entry.userId !== userId) return undefined;
    // Most recently used last: the Map's order is the eviction order.
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    return entry.value;
  }

  /** Freezes `value` and keeps it under its stamp; answers it. */
  keep(id: string, userId: number, stamp: Stamp, value: D): D {
    deepFreeze(value);
    this.#entries.delete(id);
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(id, { userId, stamp, value });
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
