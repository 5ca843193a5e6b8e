/** Contract 8.1 `dashboard/`: the headline numbers, in one pass over the applications. */
import type { ApplicationView } from '../applications/application-view.js';
import { statusOf } from '../applications/application.js';
import { pythonRound } from '../shared/round.js';
import { addDays, wholeDaysBetween } from '../shared/time.js';
import { bump, sortedByCount } from './group-count.js';
import { CLOSED_STATUSES, percentage, SUCCESS_STATUSES } from './rates.js';
import { breakdownObject, MISSING_STATUS_KEY } from './status-breakdown.js';

/** `company` is null only for a stored application without a company name (damaged data). */
export type CompanyCount = { company: string | null; count: number };
export type SourceCount = { source: string; count: number };

/** Keys in the contract's order. */
export type Dashboard = {
  total_applications: number;
  status_breakdown: Record<string, number>;
  success_rate: number;
  response_rate: number;
  applications_last_30_days: number;
  average_days_in_pipeline: number;
  top_companies: CompanyCount[];
  top_sources: SourceCount[];
};

export const TOP_COMPANIES_LIMIT = 5;
export const UNKNOWN_SOURCE = 'Unknown';

// Ties in status_breakdown, top_companies and top_sources are arbitrary in the original; here they
// are ordered by key ascending (null/missing first) so the output is deterministic.
export function dashboard(applications: readonly ApplicationView[], now: Date): Dashboard {
  const statuses = new Map<string, number>();
  const companies = new Map<string | null, number>();
  const sources = new Map<string | null, number>();
  const since = addDays(now, -30).getTime();
  let recent = 0;
  let openCount = 0;
  let openDays = 0;
  for (const application of applications) {
    const status = statusOf(application);
    bump(statuses, status ?? MISSING_STATUS_KEY);
    bump(companies, application.company?.name ?? null);
    bump(sources, application.application?.source ?? null);
    const created = application.created_at;
    if (created) {
      if (created.getTime() >= since) recent += 1;
      if (status === null || !CLOSED_STATUSES.has(status)) {
        openCount += 1;
        openDays += wholeDaysBetween(created, now);
      }
    }
  }
  const total = applications.length;
  const count = (status: string): number => statuses.get(status) ?? 0;
  let successes = 0;
  for (const status of SUCCESS_STATUSES) successes += count(status);
  return {
    total_applications: total,
    status_breakdown: breakdownObject(sortedByCount(statuses)),
    success_rate: percentage(successes, total),
    response_rate: percentage(total - count('rejected') - count('withdrawn'), total),
    applications_last_30_days: recent,
    average_days_in_pipeline: openCount === 0 ? 0 : pythonRound(openDays / openCount),
    top_companies: sortedByCount(companies)
      .slice(0, TOP_COMPANIES_LIMIT)
      .map(([company, n]) => ({ company, count: n })),
    // A missing (null) and an empty source are separate groups in the original, both labelled
    // "Unknown"; they stay apart to match it, so "Unknown" can appear twice.
    top_sources: sortedByCount(sources).map(([source, n]) => ({ source: source || UNKNOWN_SOURCE, count: n })),
  };
}
