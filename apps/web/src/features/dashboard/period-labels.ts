/** Words for the analytics periods. The server groups by UTC calendar day, Sunday-based week
 * (`YYYY-Www`, week 00 before the year's first Sunday) and month; labels read them as such. */
import type { Period } from './dashboard-search.js';

const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLong = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayShort = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayLong = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

function utc(text: string): Date | null {
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A short label for an axis. */
export function periodAxisLabel(label: string, period: Period): string {
  if (period === 'month') {
    const date = utc(`${label}-01`);
    return date ? monthShort.format(date) : label;
  }
  if (period === 'week') {
    const match = /^(\d{4})-W(\d{2})$/.exec(label);
    return match ? `W${Number(match[2])} ’${match[1]!.slice(2)}` : label;
  }
  const date = utc(label);
  return date ? dayShort.format(date) : label;
}

/** The full label for tables and text alternatives. */
export function periodLabel(label: string, period: Period): string {
  if (period === 'month') {
    const date = utc(`${label}-01`);
    return date ? monthLong.format(date) : label;
  }
  if (period === 'week') {
    const match = /^(\d{4})-W(\d{2})$/.exec(label);
    return match ? `Week ${Number(match[2])} of ${match[1]}` : label;
  }
  const date = utc(label);
  return date ? dayLong.format(date) : label;
}
