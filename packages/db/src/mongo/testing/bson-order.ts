/** MongoDB's sort order for the test double: mingo compares strings by UTF-16 code units, the
 * server by UTF-8 bytes (code points), so names with characters above U+FFFF would sort
 * differently. Strings are compared by code point here; everything else as mingo does. */
import { compare } from 'mingo/util';
import type { Document, SortSpec } from '../minimal-db.js';

function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
}

function valueAt(document: Document, path: string): unknown {
  let value: unknown = document;
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Document)[key] : undefined;
  return value;
}

function compareValues(a: unknown, b: unknown): number {
  return typeof a === 'string' && typeof b === 'string' ? compareCodePoints(a, b) : compare(a, b);
}

/** A stable sort by `spec` (field -> 1 | -1), as the server orders a find. */
export function sortDocuments(documents: Document[], spec: SortSpec): Document[] {
  const keys = Object.entries(spec) as Array<[string, number]>;
  return [...documents].sort((x, y) => {
    for (const [path, direction] of keys) {
      const order = compareValues(valueAt(x, path), valueAt(y, path));
      if (order !== 0) return direction < 0 ? -order : order;
    }
    return 0;
  });
}
