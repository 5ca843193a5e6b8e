/** Contract 8.5 `timeline/`: counts of every timeline event by type. */
import type { ApplicationView } from '../applications/application-view.js';
import { bump, sortedByCount } from './group-count.js';

export type EventTypeCount = { event_type: string | null; count: number };

/** All event types, count descending then type ascending (a missing type is null, sorted first
 * among equal counts). No limit. */
export function timelineAnalysis(applications: readonly ApplicationView[]): EventTypeCount[] {
  const counts = new Map<string | null, number>();
  for (const application of applications) {
    for (const event of application.timeline ?? []) bump(counts, event.event_type ?? null);
  }
  return sortedByCount(counts).map(([event_type, count]) => ({ event_type, count }));
}
