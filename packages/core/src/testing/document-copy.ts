/** Copies values in and out of the in-memory stores the way a document store round-trips them. */

/** A fresh copy with Dates as new Dates and object keys holding `undefined` dropped (stored JSON
 * has no `undefined`; in arrays it becomes null, as `JSON.stringify` writes it). Callers may
 * mutate what they get without touching what is stored, and the reverse. */
export function copyDocument<T>(value: T): T {
  return copyValue(value) as T;
}

function copyValue(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map((item: unknown) => (item === undefined ? null : copyValue(item)));
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) copy[key] = copyValue(item);
    }
    return copy;
  }
  return value;
}
