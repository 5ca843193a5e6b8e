/** Analytics procedures (contract section 8): each reads the caller's applications and computes. */
import {
  DashboardOutput,
  PeriodCountsOutput,
  PeriodQuery,
  ResponseTimeOutput,
  SalaryInsightsOutput,
  SkillsDemandOutput,
  SuccessRateOutput,
  TimelineAnalysisOutput,
} from '@jobtracker/contracts';
import {
  applicationsOverTimeFor,
  dashboardFor,
  responseTimeFor,
  salaryInsightsFor,
  skillsDemandFor,
  successRateFor,
  timelineAnalysisFor,
} from '@jobtracker/core';
import type { GenericSchema } from 'valibot';
import { router } from './init.js';
import { protectedOperation } from './operation.js';

const tags = ['Analytics'];

/** A parameterless analytics GET. */
const get = <TOutput extends GenericSchema>(path: `/api/analytics/${string}`, summary: string, output: TOutput) =>
  protectedOperation({ method: 'GET', path, tags, summary, output, errors: [401] });

export const analyticsRouter = router({
  dashboard: get('/api/analytics/dashboard/', 'Headline numbers: totals, rates, top companies and sources', DashboardOutput)
    .query(({ ctx }) => dashboardFor(ctx.deps, { userId: ctx.user.id, now: ctx.now })),

  applicationsOverTime: protectedOperation({
    method: 'GET', path: '/api/analytics/applications-over-time/', tags, errors: [400, 401],
    summary: 'Applications per day, week (Sunday-based %U) or month of created_at', output: PeriodCountsOutput,
  })
    .input(PeriodQuery)
    .query(({ ctx, input }) => applicationsOverTimeFor(ctx.deps, { userId: ctx.user.id, period: input.period })),

  successRate: get('/api/analytics/success-rate/', 'Monthly share of offers and acceptances', SuccessRateOutput)
    .query(({ ctx }) => successRateFor(ctx.deps, { userId: ctx.user.id })),

  skills: get('/api/analytics/skills/', 'The 20 most required skills', SkillsDemandOutput)
    .query(({ ctx }) => skillsDemandFor(ctx.deps, { userId: ctx.user.id })),

  timeline: get('/api/analytics/timeline/', 'Timeline events per type', TimelineAnalysisOutput)
    .query(({ ctx }) => timelineAnalysisFor(ctx.deps, { userId: ctx.user.id })),

  salary: get('/api/analytics/salary/', 'Salary averages and range', SalaryInsightsOutput)
    .query(({ ctx }) => salaryInsightsFor(ctx.deps, { userId: ctx.user.id })),

  responseTime: get('/api/analytics/response-time/', 'Days from applying to the first later timeline event', ResponseTimeOutput)
    .query(({ ctx }) => responseTimeFor(ctx.deps, { userId: ctx.user.id })),
});
