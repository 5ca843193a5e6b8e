/** How a rate and its interval read: "50% (95% interval 15% to 85%)", and the plain words for a
 * sample too small to tell. */
import type { Rate } from './insights-queries.js';

export const TOO_FEW = 'too few to tell';

export const percentOf = (share: number | null): string => (share === null ? '—' : `${(share * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })}%`);

export function intervalText(rate: Pick<Rate, 'low' | 'high'>): string {
  return rate.low === null || rate.high === null ? '—' : `${percentOf(rate.low)} to ${percentOf(rate.high)}`;
}

/** "1 of 4: 25% (95% interval 5% to 70%), too few to tell". */
export function rateText(rate: Rate): string {
  if (rate.total === 0) return 'none yet';
  const main = `${rate.count} of ${rate.total}: ${percentOf(rate.rate)} (95% interval ${intervalText(rate)})`;
  return rate.too_few ? `${main}, ${TOO_FEW}` : main;
}

/** The chart's numbers for a rate: its value and interval in percent, or nothing without cases. */
export function percentBar(rate: Rate): { value: number; interval: [number, number] | null } {
  if (rate.rate === null || rate.low === null || rate.high === null) return { value: 0, interval: null };
  return { value: rate.rate * 100, interval: [rate.low * 100, rate.high * 100] };
}
