/** Derived facts about an application that cards and rows show. */
import { daysSince, parseServerDate } from '../../lib/time.js';
import type { Application } from '../../lib/trpc.js';

/** Days without any event or edit after which an open application is flagged. */
export const STALE_AFTER_DAYS = 14;
const CLOSED = new Set(['rejected', 'withdrawn', 'accepted']);

export function lastActivity(application: Application): string | null | undefined {
  let latest = application.updated_at;
  let latestTime = parseServerDate(latest)?.getTime() ?? 0;
  for (const event of application.timeline) {
    const time = parseServerDate(event.date)?.getTime() ?? 0;
    if (time > latestTime) {
      latest = event.date;
      latestTime = time;
    }
  }
  return latest;
}

export function isStale(application: Application, now: Date = new Date()): boolean {
  const status = application.application?.status ?? '';
  if (CLOSED.has(status)) return false;
  return daysSince(lastActivity(application), now) >= STALE_AFTER_DAYS;
}

export function daysSinceApplied(application: Application, now: Date = new Date()): number {
  return daysSince(application.application?.applied_date ?? application.created_at, now);
}
