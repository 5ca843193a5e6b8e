/** Contract 8.2 `applications-over-time/` and 8.3 `success-rate/`: series by `created_at` (UTC). */
import type { ApplicationView } from '../applications/application-view.js';
import { statusOf } from '../applications/application.js';
import { bump, sortedByKey } from './group-count.js';
import type { Period } from './period-label.js';
import { periodLabel } from './period-label.js';
import { percentage, SUCCESS_STATUSES } from './rates.js';

export type PeriodCount = { period: string; count: number };
export type PeriodSuccessRate = { period: string; success_rate: number; total: number; success: number };

// Applications without `created_at` are skipped: the original would group them under a null
// period, but the server always sets created_at, so only damaged imports lack it.

/** Counts per period, ascending, no zero-fill. */
export function applicationsOverTime(applications: readonly ApplicationView[], period: Period): PeriodCount[] {
  const counts = new Map<string, number>();
  for (const application of applications) {
    if (application.created_at) bump(counts, periodLabel(application.created_at, period));
  }
  return sortedByKey(counts).map(([label, count]) => ({ period: label, count }));
}

/** Monthly success rate: offer or accepted over all applications created that month. */
export function successRateOverTime(applications: readonly ApplicationView[]): PeriodSuccessRate[] {
  const totals = new Map<string, number>();
  const successes = new Map<string, number>();
  for (const application of applications) {
    if (!application.created_at) continue;
    const label = periodLabel(application.created_at, 'month');
    bump(totals, label);
    const status = statusOf(application);
    if (status !== null && SUCCESS_STATUSES.has(status)) bump(successes, label);
  }
  return sortedByKey(totals).map(([label, total]) => {
    const success = successes.get(label) ?? 0;
    return { period: label, success_rate: percentage(success, total), total, success };
  });
}
