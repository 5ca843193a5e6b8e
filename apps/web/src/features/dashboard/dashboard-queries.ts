/** The analytics queries the dashboard reads. */
import { queryOptions } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc.js';

export type Period = 'day' | 'week' | 'month';

export const analyticsQueries = {
  dashboard: queryOptions({ queryKey: ['analytics', 'dashboard'], queryFn: () => trpc.analytics.dashboard.query() }),
  overTime: (period: Period) => queryOptions({ queryKey: ['analytics', 'over-time', period], queryFn: () => trpc.analytics.applicationsOverTime.query({ period }) }),
  successRate: queryOptions({ queryKey: ['analytics', 'success-rate'], queryFn: () => trpc.analytics.successRate.query() }),
  skills: queryOptions({ queryKey: ['analytics', 'skills'], queryFn: () => trpc.analytics.skills.query() }),
  stages: queryOptions({ queryKey: ['analytics', 'timeline'], queryFn: () => trpc.analytics.timeline.query() }),
  salary: queryOptions({ queryKey: ['analytics', 'salary'], queryFn: () => trpc.analytics.salary.query() }),
  responseTime: queryOptions({ queryKey: ['analytics', 'response-time'], queryFn: () => trpc.analytics.responseTime.query() }),
};
