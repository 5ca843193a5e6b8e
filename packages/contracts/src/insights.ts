/** Insight outputs: the funnel, reply times, silent applications, goals with the forecast, and
 * the skills gap. Every rate carries its 95% Wilson interval and a "too few to tell" mark. */
import { FUNNEL_STAGES } from '@jobtracker/core';
import * as v from 'valibot';
import { dateTimeText } from './query.js';

const count = v.pipe(v.number(), v.integer());

/** A share with its interval; `rate`, `low` and `high` are 0 to 1, null when `total` is 0.
 * `too_few`: fewer than `min_sample_size` cases. */
export const RateObject = v.object({
  count,
  total: count,
  rate: v.nullable(v.number()),
  low: v.nullable(v.number()),
  high: v.nullable(v.number()),
  too_few: v.boolean(),
});

const funnelSummaryEntries = {
  sent: count,
  stages: v.array(v.object({ stage: v.picklist(FUNNEL_STAGES), reached: count, conversion: v.nullable(RateObject) })),
  response: RateObject,
  interview: RateObject,
  offer: RateObject,
  /** No response (closed by the user) and rejected are separate outcomes. */
  outcomes: v.object({ open: count, offer: count, accepted: count, rejected: count, withdrawn: count, no_response: count }),
};

export const FunnelSummaryObject = v.object(funnelSummaryEntries);
/** `key` null: no source or resume version recorded. */
export const FunnelGroupObject = v.object({ key: v.nullable(v.string()), ...funnelSummaryEntries });

export const FunnelOutput = v.object({
  overall: FunnelSummaryObject,
  by_source: v.array(FunnelGroupObject),
  by_resume_version: v.array(FunnelGroupObject),
  /** `YYYY-MM` of sending in the user's time zone, oldest first. */
  by_month: v.array(FunnelGroupObject),
  min_sample_size: count,
});

export const CurveStepObject = v.object({
  day: count,
  at_risk: count,
  events: count,
  censored: count,
  /** Share still without a reply after `day` (Kaplan–Meier), with its 95% log-log interval. */
  survival: v.number(),
  low: v.number(),
  high: v.number(),
});

export const ReplyTimesOutput = v.object({
  total: count,
  replied: count,
  waiting: count,
  unknown_time: count,
  steps: v.array(CurveStepObject),
  /** Days to a reply for half the applications, with its Brookmeyer–Crowley interval; null
   * where the curve (or its band) never reaches one half. */
  median: v.object({ days: v.nullable(count), low: v.nullable(count), high: v.nullable(count) }),
  too_few: v.boolean(),
});

export const SilentApplicationObject = v.object({
  id: v.string(),
  company: v.string(),
  job_title: v.string(),
  sent_at: dateTimeText,
  days_waiting: count,
  chance_of_reply: v.object({
    probability: v.nullable(v.number()),
    horizon_days: count,
    at_risk: count,
    too_few: v.boolean(),
  }),
});

export const SilenceOutput = v.object({ silence_days: count, applications: v.array(SilentApplicationObject) });

export const WeekCountObject = v.object({ week_start: v.string(), count, met: v.nullable(v.boolean()) });

export const ForecastObject = v.object({
  target: v.picklist(['interview', 'offer']),
  rate: RateObject,
  expected: v.nullable(count),
  low: v.nullable(count),
  high: v.nullable(count),
  sentence: v.string(),
});

export const GoalsOutput = v.object({
  /** 0: no goal set. */
  weekly_goal: count,
  this_week: v.object({ ...WeekCountObject.entries, remaining: v.nullable(count) }),
  streak_weeks: count,
  recent_weeks: v.array(WeekCountObject),
  forecast: v.object({ maturity_days: count, interview: ForecastObject, offer: ForecastObject }),
});

export const SkillsGapOutput = v.object({
  missing: v.array(v.object({ skill: v.string(), weight: v.number(), applications: count })),
  over_represented: v.array(
    v.object({ skill: v.string(), in_responded: RateObject, in_not_responded: RateObject, difference: v.number(), too_few: v.boolean() }),
  ),
  responded: count,
  not_responded: count,
  min_sample_size: count,
});

export type RateObject = v.InferOutput<typeof RateObject>;
export type FunnelOutput = v.InferOutput<typeof FunnelOutput>;
export type ReplyTimesOutput = v.InferOutput<typeof ReplyTimesOutput>;
export type SilenceOutput = v.InferOutput<typeof SilenceOutput>;
export type GoalsOutput = v.InferOutput<typeof GoalsOutput>;
export type SkillsGapOutput = v.InferOutput<typeof SkillsGapOutput>;
