/** Contract 8.7 `response-time/` and the per-company `average_response_time` of 7.12. */
import type { ApplicationView } from '../applications/application-view.js';
import { NO_RESPONSE } from '../applications/application.js';
import { pythonRound } from '../shared/round.js';
import { wholeDaysBetween } from '../shared/time.js';

export type ResponseTime = { average_days: number; fastest: number; slowest: number; total_responses: number };

/** Whole days (floor) from `applied_date` to the first timeline event dated strictly later, of any
 * type; null when there is none. The original sorts the events by date and takes the first later
 * one: that is the earliest later date, so no sort is needed. Undated events never qualify, nor
 * does a "no response" closing. */
export function daysToFirstResponse(application: ApplicationView): number | null {
  const applied = application.application?.applied_date;
  if (!applied) return null;
  const appliedMs = applied.getTime();
  let firstMs = Infinity;
  for (const event of application.timeline ?? []) {
    // A "no response" closing is the absence of a reply. Only that use case writes the marker, so
    // documents of the original's clients are counted exactly as before.
    if (event.closed_as === NO_RESPONSE) continue;
    const ms = event.date?.getTime();
    if (ms !== undefined && ms > appliedMs && ms < firstMs) firstMs = ms;
  }
  return firstMs === Infinity ? null : wholeDaysBetween(applied, new Date(firstMs));
}

/** Mean (1 decimal, half to even), min and max of the days to first response; all 0 when none. */
export function responseTime(applications: readonly ApplicationView[]): ResponseTime {
  let total = 0;
  let sum = 0;
  let fastest = Infinity;
  let slowest = -Infinity;
  for (const application of applications) {
    const days = daysToFirstResponse(application);
    if (days === null) continue;
    total += 1;
    sum += days;
    if (days < fastest) fastest = days;
    if (days > slowest) slowest = days;
  }
  if (total === 0) return { average_days: 0, fastest: 0, slowest: 0, total_responses: 0 };
  return { average_days: pythonRound(sum / total, 1), fastest, slowest, total_responses: total };
}

/** 7.12 `average_response_time`: the same mean over one company's applications, 0.0 when none. */
export const averageResponseTime = (applications: readonly ApplicationView[]): number =>
  responseTime(applications).average_days;
