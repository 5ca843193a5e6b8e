/** A proportion with its 95% Wilson score interval (Wilson 1927; recommended for small samples
 * by Newcombe 1998 and by Brown, Cai and DasGupta 2001: it never leaves [0, 1] and keeps close
 * to its nominal coverage down to a handful of cases, where the textbook p ± z·se does not). */

/** The two-sided 95% normal quantile, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/** Below this many cases a rate is marked "too few to tell": with 30, the interval around 50% is
 * still ±17 points wide, and with 14 (4 of 14 is "29%") it runs from 12% to 55%. */
export const MIN_SAMPLE_SIZE = 30;

export type Rate = {
  /** Cases with the property. */
  count: number;
  /** Cases looked at. */
  total: number;
  /** count / total; null when total is 0. */
  rate: number | null;
  /** The 95% Wilson interval; null when total is 0. */
  low: number | null;
  high: number | null;
  /** total < MIN_SAMPLE_SIZE: show the interval, draw no conclusion. */
  too_few: boolean;
};

/** The Wilson score interval for `count` of `total`, unrounded. */
export function wilsonInterval(count: number, total: number, z = Z_95): { low: number; high: number } {
  if (total <= 0) throw new RangeError('total must be positive');
  const p = count / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const spread = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  const denominator = 1 + z2 / total;
  // At 0 and at total the formula gives exactly 0 and 1 in exact arithmetic.
  const low = count === 0 ? 0 : (centre - spread) / denominator;
  const high = count === total ? 1 : (centre + spread) / denominator;
  return { low, high };
}

/** Rates are given to 4 decimals (a hundredth of a percentage point): finer digits are noise. */
export const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

export function rateOf(count: number, total: number): Rate {
  if (total === 0) return { count, total, rate: null, low: null, high: null, too_few: true };
  const { low, high } = wilsonInterval(count, total);
  return { count, total, rate: round4(count / total), low: round4(low), high: round4(high), too_few: total < MIN_SAMPLE_SIZE };
}
