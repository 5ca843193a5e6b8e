/** The analytics queries. They are cheap and change whenever an application does, so the
 * dashboard re-reads them on every visit (showing the cached figures meanwhile). */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { trpc, type RouterOutputs } from '../../lib/trpc.js';
import type { Period } from './dashboard-search.js';

export type Analytics = RouterOutputs['analytics'];
export type OverTime = { period: Period; rows: Analytics['applicationsOverTime'] };

const fresh = { staleTime: 0 } as const;

export const dashboardQuery = queryOptions({ queryKey: ['analytics', 'dashboard'], queryFn: () => trpc.analytics.dashboard.query(), ...fresh });

export const overTimeQuery = (period: Period) =>
  queryOptions({
    queryKey: ['analytics', 'over-time', period],
    // The rows carry their period: while a new grouping loads, the old bars stay (no flash of a
    // placeholder) and must still be labelled as what they are.
    queryFn: async (): Promise<OverTime> => ({ period, rows: await trpc.analytics.applicationsOverTime.query({ period }) }),
    placeholderData: keepPreviousData,
    ...fresh,
  });

export const successRateQuery = queryOptions({ queryKey: ['analytics', 'success-rate'], queryFn: () => trpc.analytics.successRate.query(), ...fresh });
export const skillsQuery = queryOptions({ queryKey: ['analytics', 'skills'], queryFn: () => trpc.analytics.skills.query(), ...fresh });
export const stagesQuery = queryOptions({ queryKey: ['analytics', 'timeline'], queryFn: () => trpc.analytics.timeline.query(), ...fresh });
export const salaryQuery = queryOptions({ queryKey: ['analytics', 'salary'], queryFn: () => trpc.analytics.salary.query(), ...fresh });
export const responseTimeQuery = queryOptions({ queryKey: ['analytics', 'response-time'], queryFn: () => trpc.analytics.responseTime.query(), ...fresh });
