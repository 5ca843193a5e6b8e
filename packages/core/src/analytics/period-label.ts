/** Time-bucket labels of contract 8.2, computed in UTC. */
import { DAY_MS } from '../shared/time.js';

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

export const INVALID_PERIOD_MESSAGE = 'Invalid period. Must be day, week, or month.';

/** `period` query value -> Period. Absent means `month`; anything else, even `""`, is invalid (null). */
export function parsePeriod(value: string | undefined): Period | null {
  if (value === undefined) return 'month';
  return (PERIODS as readonly string[]).includes(value) ? (value as Period) : null;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** MongoDB `$week` = strftime `%U`: weeks start on Sunday and the days before the year's first
 * Sunday are week 0, so the range is 0..53 (not ISO 8601). */
export function sundayWeekOfYear(date: Date): number {
  const year = date.getUTCFullYear();
  const dayOfYear = Math.floor((Date.UTC(year, date.getUTCMonth(), date.getUTCDate()) - Date.UTC(year, 0, 1)) / DAY_MS);
  return Math.floor((dayOfYear + 7 - date.getUTCDay()) / 7);
}

/** `YYYY-MM`, `YYYY-Www` (calendar year + %U week) or `YYYY-MM-DD`. */
export function periodLabel(date: Date, period: Period): string {
  const year = pad4(date.getUTCFullYear());
  if (period === 'week') return `${year}-W${pad2(sundayWeekOfYear(date))}`;
  const month = `${year}-${pad2(date.getUTCMonth() + 1)}`;
  return period === 'month' ? month : `${month}-${pad2(date.getUTCDate())}`;
}
