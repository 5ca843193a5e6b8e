/** Splits long value lists for `in (...)`: SQLite binds at most 32,766 parameters per statement,
 * and short lists keep each statement's text (and so its cached plan) the same size. */
export const IN_LIST_SIZE = 500;

export function* inChunks<T>(values: readonly T[], size = IN_LIST_SIZE): Generator<T[]> {
  for (let start = 0; start < values.length; start += size) yield values.slice(start, start + size);
}
