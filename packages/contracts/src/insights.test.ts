import {
  forecast,
  funnel,
  parseTimeZone,
  publicSettings,
  replyTimes,
  skillsGap,
  weeklyGoal,
  type Application,
} from '@jobtracker/core';
import { anApplication } from '@jobtracker/core/testing';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { InsightSettingsOutput } from './insight-settings.js';
import { FunnelOutput, GoalsOutput, ReplyTimesOutput, SkillsGapOutput } from './insights.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const UTC = parseTimeZone('UTC')!;

/** Strict: an output may carry no key its schema does not name. */
function conforms(schema: v.GenericSchema, value: unknown): boolean {
  return v.is(schema, value) && JSON.stringify(v.parse(schema, value)) === JSON.stringify(value);
}

describe('insight output schemas', () => {
  const applications: Application[] = [
    anApplication(1),
    anApplication(1, { application: { applied_date: new Date('2025-04-01T12:00:00Z'), status: 'rejected', source: '' } }),
  ];

  it('describe exactly what core computes', () => {
    expect(conforms(FunnelOutput, funnel(applications, { now: NOW, timeZone: UTC }))).toBe(true);
    expect(conforms(FunnelOutput, funnel([], { now: NOW, timeZone: UTC }))).toBe(true);
    expect(conforms(ReplyTimesOutput, replyTimes(applications, NOW))).toBe(true);
    const goals = { ...weeklyGoal(applications, { now: NOW, timeZone: UTC, weeklyGoal: 3 }), forecast: forecast(applications, { now: NOW, maturityDays: 21 }) };
    expect(conforms(GoalsOutput, goals)).toBe(true);
    expect(conforms(SkillsGapOutput, skillsGap(applications, { now: NOW, profileSkills: [], silenceDays: 21 }))).toBe(true);
    expect(
      conforms(InsightSettingsOutput, publicSettings({ user_id: 1, silence_days: 21, weekly_goal: 0, calendar_secret_hash: 'x', updated_at: NOW })),
    ).toBe(true);
  });
});
