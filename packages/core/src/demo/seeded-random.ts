/** A small seeded PRNG (mulberry32) so demo data is reproducible from a seed: 32 bits of state is
 * plenty for test fixtures, and it needs no dependency. Not for anything secret. */
export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included (Python's randint). */
  int(min: number, max: number): number;
  /** One element, uniformly (Python's choice). */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements in random order (Python's sample). */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with probability `p`. */
  chance(p: number): boolean;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    if (count > items.length) throw new RangeError('sample larger than the population');
    // Partial Fisher-Yates on a copy.
    const pool = [...items];
    for (let i = 0; i < count; i += 1) {
      const j = int(i, pool.length - 1);
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, count);
  };
  return { next, int, pick, sample, chance: (p) => next() < p };
}
