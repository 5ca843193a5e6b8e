/** What needs doing: the due view (follow-ups, deadlines, interviews) in the browser's time zone,
 * and the silent applications. Both sit under the insights key, so every change refreshes them. */
import { queryOptions } from '@tanstack/react-query';
import { INSIGHTS_KEY } from '../../lib/query-client.js';
import { userTimeZone } from '../../lib/time.js';
import { trpc, type RouterOutputs } from '../../lib/trpc.js';

export type DueView = RouterOutputs['insights']['due'];
export type DueItem = DueView['overdue'][number];
export type Silence = RouterOutputs['insights']['silence'];

export const dueQuery = queryOptions({
  queryKey: [...INSIGHTS_KEY, 'due'],
  queryFn: () => trpc.insights.due.query({ time_zone: userTimeZone() }),
  // Asked again whenever a page shows it; the badge also after midnight ("today" moves).
  staleTime: 0,
  refetchInterval: 15 * 60_000,
});

export const silenceQuery = queryOptions({ queryKey: [...INSIGHTS_KEY, 'silence'], queryFn: () => trpc.insights.silence.query(), staleTime: 0 });
