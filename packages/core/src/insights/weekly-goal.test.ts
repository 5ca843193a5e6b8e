import { describe, expect, it } from 'vitest';
import { parseTimeZone } from '../shared/time-zone.js';
import { at } from '../testing/basic-builders.js';
import { aSentApplication } from './test-support/insight-builders.js';
import { RECENT_WEEKS, weeklyGoal } from './weekly-goal.js';

// Wednesday 12 March 2025; this week started on Monday the 10th.
const NOW = at('2025-03-12T10:00:00Z');
const UTC = parseTimeZone('UTC')!;
const sentOn = (...isos: string[]) => isos.map((sent) => aSentApplication({ sent }));

const applications = [
  ...sentOn('2025-03-10T09:00:00Z', '2025-03-11T09:00:00Z'),
  ...sentOn('2025-03-03T09:00:00Z', '2025-03-05T09:00:00Z', '2025-03-09T23:30:00Z'),
  ...sentOn('2025-02-24T09:00:00Z', '2025-02-25T09:00:00Z', '2025-02-26T09:00:00Z', '2025-03-02T09:00:00Z'),
  ...sentOn('2025-02-17T09:00:00Z'),
  // Not sent yet: not counted.
  ...sentOn('2025-03-13T09:00:00Z'),
];

describe('weeklyGoal', () => {
  it('counts this week, what is left, and the streak of weeks reaching the goal', () => {
    const result = weeklyGoal(applications, { now: NOW, timeZone: UTC, weeklyGoal: 3 });
    expect(result.this_week).toEqual({ week_start: '2025-03-10', count: 2, met: false, remaining: 1 });
    // Last week 3 and the week before 4 reach 3; the week of 17 February (1) does not.
    expect(result.streak_weeks).toBe(2);
    expect(result.recent_weeks).toHaveLength(RECENT_WEEKS);
    expect(result.recent_weeks[0]!.week_start).toBe('2024-12-23');
    expect(result.recent_weeks.slice(-4)).toEqual([
      { week_start: '2025-02-17', count: 1, met: false },
      { week_start: '2025-02-24', count: 4, met: true },
      { week_start: '2025-03-03', count: 3, met: true },
      { week_start: '2025-03-10', count: 2, met: false },
    ]);
  });

  it('adds this week to the streak once it reaches the goal', () => {
    const result = weeklyGoal(applications, { now: NOW, timeZone: UTC, weeklyGoal: 2 });
    expect(result.this_week).toMatchObject({ met: true, remaining: 0 });
    expect(result.streak_weeks).toBe(3);
  });

  it('counts weeks in the user\'s zone', () => {
    // 23:30 UTC on Sunday the 9th is already Monday the 10th in Berlin.
    const result = weeklyGoal(applications, { now: NOW, timeZone: parseTimeZone('Europe/Berlin')!, weeklyGoal: 3 });
    expect(result.this_week).toEqual({ week_start: '2025-03-10', count: 3, met: true, remaining: 0 });
    expect(result.streak_weeks).toBe(1);
  });

  it('has no goal, progress or streak with a goal of zero', () => {
    const result = weeklyGoal(applications, { now: NOW, timeZone: UTC, weeklyGoal: 0 });
    expect(result).toMatchObject({ weekly_goal: 0, this_week: { count: 2, met: null, remaining: null }, streak_weeks: 0 });
    expect(result.recent_weeks.every((week) => week.met === null)).toBe(true);
  });

  it('starts from nothing without applications', () => {
    const result = weeklyGoal([], { now: NOW, timeZone: UTC, weeklyGoal: 5 });
    expect(result).toMatchObject({ this_week: { count: 0, met: false, remaining: 5 }, streak_weeks: 0 });
  });
});
