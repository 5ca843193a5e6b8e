import { describe, expect, it } from 'vitest';
import { MIN_SAMPLE_SIZE, rateOf, wilsonInterval } from './proportion.js';

describe('wilsonInterval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table II,
  // method 3 (score method without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i is %f to %f', (count, total, low, high) => {
    const interval = wilsonInterval(count, total);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('matches a hand computation for 5 of 10', () => {
    // p = 0.5, z² = 3.8415: centre 0.5 + 3.8415/20 = 0.69207, spread 1.96·√(0.025 + 0.0096037)
    // = 0.36460, divided by 1 + 0.38415: 0.2366 and 0.7634.
    const { low, high } = wilsonInterval(5, 10);
    expect(low).toBeCloseTo(0.2366, 4);
    expect(high).toBeCloseTo(0.7634, 4);
  });

  it('is exactly 1 at the top, and refuses an empty sample', () => {
    expect(wilsonInterval(20, 20).high).toBe(1);
    expect(wilsonInterval(20, 20).low).toBeCloseTo(1 - 0.1611, 4);
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
  });
});

describe('rateOf', () => {
  it('rounds to 4 decimals and marks small samples', () => {
    expect(rateOf(4, 14)).toEqual({ count: 4, total: 14, rate: 0.2857, low: 0.1172, high: 0.5465, too_few: true });
    expect(rateOf(81, 263)).toEqual({ count: 81, total: 263, rate: 0.308, low: 0.2553, high: 0.3662, too_few: false });
    expect(rateOf(3, MIN_SAMPLE_SIZE).too_few).toBe(false);
    expect(rateOf(3, MIN_SAMPLE_SIZE - 1).too_few).toBe(true);
  });

  it('has no rate for nothing', () => {
    expect(rateOf(0, 0)).toEqual({ count: 0, total: 0, rate: null, low: null, high: null, too_few: true });
  });
});
