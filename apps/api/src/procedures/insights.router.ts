/** Insight procedures: what is due, silent applications, the funnel, reply times, goals with the
 * forecast and the skills gap. Each reads the caller's applications through one core use case;
 * the settings and the calendar feed's secret are in `insight-settings.router.ts`. */
import {
  DueViewOutput,
  FunnelOutput,
  GoalsOutput,
  ReplyTimesOutput,
  SilenceOutput,
  SkillsGapOutput,
  TimeZoneQuery,
  toDueViewOutput,
  toSilenceOutput,
} from '@jobtracker/contracts';
import { dueViewFor, funnelFor, goalsFor, replyTimesFor, silenceFor, skillsGapFor } from '@jobtracker/core';
import { router } from './init.js';
import { insightSettingsRouter } from './insight-settings.router.js';
import { protectedOperation } from './operation.js';

export const INSIGHT_TAGS = ['Insights'];
const tags = INSIGHT_TAGS;

/** Days and weeks are counted in the caller's calendar; UTC when the query names no zone. */
const zoneOf = (input: { time_zone?: string | undefined }) => input.time_zone ?? 'UTC';

export const insightsRouter = router({
  due: protectedOperation({
    method: 'GET', path: '/api/insights/due/', tags, errors: [400, 401], output: DueViewOutput,
    summary: 'Follow-ups, deadlines and interviews: overdue, due today and in the next seven days',
  })
    .input(TimeZoneQuery)
    .query(async ({ ctx, input }) => toDueViewOutput(await dueViewFor(ctx.deps, { userId: ctx.user.id, now: ctx.now, timeZone: zoneOf(input) }))),

  silence: protectedOperation({
    method: 'GET', path: '/api/insights/silence/', tags, errors: [401], output: SilenceOutput,
    summary: 'Applications without an answer for the silence threshold, each with the chance of a late reply',
  })
    .query(async ({ ctx }) => toSilenceOutput(await silenceFor(ctx.deps, { userId: ctx.user.id, now: ctx.now }))),

  funnel: protectedOperation({
    method: 'GET', path: '/api/insights/funnel/', tags, errors: [400, 401], output: FunnelOutput,
    summary: 'Furthest stage reached, conversion and rates with 95% Wilson intervals, by source, resume version and month',
  })
    .input(TimeZoneQuery)
    .query(({ ctx, input }) => funnelFor(ctx.deps, { userId: ctx.user.id, now: ctx.now, timeZone: zoneOf(input) })),

  replyTimes: protectedOperation({
    method: 'GET', path: '/api/insights/reply-times/', tags, errors: [401], output: ReplyTimesOutput,
    summary: 'Days to a first reply as a Kaplan–Meier curve (waiting applications censored), with its median',
  })
    .query(({ ctx }) => replyTimesFor(ctx.deps, { userId: ctx.user.id, now: ctx.now })),

  goals: protectedOperation({
    method: 'GET', path: '/api/insights/goals/', tags, errors: [400, 401], output: GoalsOutput,
    summary: 'Weekly goal progress and streak, and how many more applications the next interview and offer may take',
  })
    .input(TimeZoneQuery)
    .query(({ ctx, input }) => goalsFor(ctx.deps, { userId: ctx.user.id, now: ctx.now, timeZone: zoneOf(input) })),

  skillsGap: protectedOperation({
    method: 'GET', path: '/api/insights/skills-gap/', tags, errors: [401], output: SkillsGapOutput,
    summary: 'Requested skills missing from the profile, and skills more common where employers answered',
  })
    .query(({ ctx }) =>
      skillsGapFor(
        { applications: ctx.deps.applications, userSettings: ctx.deps.userSettings, users: ctx.deps.auth.users },
        { userId: ctx.user.id, now: ctx.now },
      ),
    ),

  settings: insightSettingsRouter,
});
