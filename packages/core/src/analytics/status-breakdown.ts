/** Per-status counts (contract 8.1 `status_breakdown`, 7.12 and the exports). */
import type { ApplicationView } from '../applications/application-view.js';
import { statusOf } from '../applications/application.js';
import { bump, sortedByCount } from './group-count.js';

/** Python's str(None): how the original's DictField keys a missing status (contract 8.1). */
export const MISSING_STATUS_KEY = 'None';

/** The key a status is counted under in `status_breakdown`. */
export const statusKey = (application: ApplicationView): string => statusOf(application) ?? MISSING_STATUS_KEY;

/** Counts as entries, count descending then status ascending (the original's order is arbitrary). */
export function statusBreakdownEntries(applications: readonly ApplicationView[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const application of applications) bump(counts, statusKey(application));
  return sortedByCount(counts);
}

/** Builds the JSON object from ordered entries. `Object.fromEntries` defines own properties, so a
 * stored status such as `__proto__` stays an ordinary key. Integer-like keys ("1") would still be
 * listed first by JavaScript; the contract allows any key order. */
export const breakdownObject = (entries: ReadonlyArray<readonly [string, number]>): Record<string, number> =>
  Object.fromEntries(entries);

/** `{status: count}` for the applications given, e.g. `{"applied": 2, "rejected": 1}`. */
export const statusBreakdown = (applications: readonly ApplicationView[]): Record<string, number> =>
  breakdownObject(statusBreakdownEntries(applications));
