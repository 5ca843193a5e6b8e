/** Counting helpers shared by the analytics: a Map keyed by the raw grouped value, then a
 * deterministic sort, because the original's MongoDB `$group` output order is arbitrary. */

/** Adds one to `key` in `counts`. */
export function bump<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Orders group keys: null first (MongoDB sorts null before strings), then by UTF-16 code units,
 * so the order does not depend on the runtime's locale. */
export function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Count descending, then key ascending: the tie order we chose where the original's is arbitrary. */
export function sortedByCount<K extends string | null>(counts: ReadonlyMap<K, number>): Array<[K, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]));
}

/** Keys ascending (time labels sort chronologically as text). */
export function sortedByKey<K extends string>(counts: ReadonlyMap<K, number>): Array<[K, number]> {
  return [...counts].sort((a, b) => compareKeys(a[0], b[0]));
}
