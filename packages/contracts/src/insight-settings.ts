/** The insight settings a user can see and change: the silence threshold and the weekly goal
 * (the calendar feed's secret is made by its own operation and never shown again). */
import { SILENCE_DAYS_LIMITS, WEEKLY_GOAL_LIMITS } from '@jobtracker/core';
import * as v from 'valibot';
import { dict, integer } from './fields.js';

export const InsightSettingsOutput = v.object({
  silence_days: v.pipe(v.number(), v.integer()),
  weekly_goal: v.pipe(v.number(), v.integer()),
  calendar_feed: v.boolean(),
});

/** PATCH: each key optional; a sent one replaces the stored value. */
export const UpdateInsightSettingsInput = dict({
  silence_days: v.optional(integer(SILENCE_DAYS_LIMITS)),
  weekly_goal: v.optional(integer(WEEKLY_GOAL_LIMITS)),
});

export type InsightSettingsOutput = v.InferOutput<typeof InsightSettingsOutput>;
export type UpdateInsightSettingsInput = v.InferOutput<typeof UpdateInsightSettingsInput>;
