import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';

const draws = (seed: number, n: number): number[] => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    expect(draws(42, 20)).toEqual(draws(42, 20));
    expect(draws(42, 20)).not.toEqual(draws(43, 20));
  });

  it('stays in [0, 1)', () => {
    for (const value of draws(7, 10_000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('draws integers over the whole inclusive range', () => {
    const random = seededRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i += 1) seen.add(random.int(1, 5));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('samples distinct elements and picks from the list', () => {
    const random = seededRandom(3);
    const pool = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let i = 0; i < 200; i += 1) {
      const sample = random.sample(pool, 4);
      expect(new Set(sample).size).toBe(4);
      expect(sample.every((item) => pool.includes(item))).toBe(true);
      expect(pool).toContain(random.pick(pool));
    }
    expect(() => random.sample(pool, 7)).toThrow(RangeError);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('is true about as often as asked', () => {
    const random = seededRandom(9);
    let hits = 0;
    for (let i = 0; i < 10_000; i += 1) if (random.chance(0.25)) hits += 1;
    expect(hits / 10_000).toBeGreaterThan(0.23);
    expect(hits / 10_000).toBeLessThan(0.27);
  });
});
