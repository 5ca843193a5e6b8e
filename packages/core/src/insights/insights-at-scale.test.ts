/** Every insight over 10,000 generated applications, checked against plain counts: the
 * computations stay linear (or n log n) by construction; this checks they stay right at scale.
 * No timing is asserted here (the bench measures that through the API). */
import { describe, expect, it } from 'vitest';
import type { Application } from '../applications/application.js';
import { calendarDateOf, parseCalendarDate } from '../shared/calendar-date.js';
import { parseTimeZone } from '../shared/time-zone.js';
import { DAY_MS } from '../shared/time.js';
import { generateDemoApplications } from '../demo/demo-applications.js';
import { anObjectId } from '../testing/basic-builders.js';
import { isSent, signalsOf } from './application-signals.js';
import { calendarFeed } from './calendar-feed.js';
import { dueItemsOf } from './due-items.js';
import { dueView } from './due-view.js';
import { duplicateCandidates } from './duplicates.js';
import { forecast } from './forecast.js';
import { funnel } from './funnel.js';
import { replyTimes } from './reply-times.js';
import { isSilent, silence } from './silence.js';
import { skillsGap } from './skills-gap.js';
import { aClosing, statusChange } from './test-support/insight-builders.js';
import { weeklyGoal } from './weekly-goal.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const ZONE = parseTimeZone('America/New_York')!;
const COUNT = 10_000;
const today = ZONE.dayNumberAt(NOW.getTime());

/** Demo applications plus what the demo lacks: follow-ups, deadlines, closings, status history. */
function generated(): Application[] {
  const base = generateDemoApplications({ count: COUNT, seed: 11, now: NOW, userId: 1, newId: () => anObjectId(NOW) });
  return base.map((application, index) => {
    const next: Application = { ...application };
    if (index % 7 === 0) next.next_action = { date: calendarDateOf(today + (index % 15) - 5), text: `Follow up ${index}` };
    if (index % 11 === 0) next.deadline = calendarDateOf(today + (index % 9) - 2);
    if (index % 13 === 0) next.timeline = [...(next.timeline ?? []), aClosing(new Date(NOW.getTime() - DAY_MS).toISOString())];
    if (index % 17 === 0) next.timeline = [...(next.timeline ?? []), statusChange('applied', 'screening', new Date(NOW.getTime() - 2 * DAY_MS).toISOString())];
    return next;
  });
}

describe('insights over 10,000 applications', () => {
  const applications = generated();
  const nowMs = NOW.getTime();
  const signals = applications.map((application) => signalsOf(application, nowMs));
  const sent = signals.filter((item) => isSent(item, nowMs)).length;

  it('funnel: every sent application counted once overall and in each breakdown', () => {
    const result = funnel(applications, { now: NOW, timeZone: ZONE });
    expect(result.overall.sent).toBe(sent);
    const reached = result.overall.stages.map((stage) => stage.reached);
    expect(reached).toEqual([...reached].sort((a, b) => b - a));
    expect(Object.values(result.overall.outcomes).reduce((a, b) => a + b, 0)).toBe(sent);
    for (const groups of [result.by_source, result.by_resume_version, result.by_month]) {
      expect(groups.reduce((total, group) => total + group.sent, 0)).toBe(sent);
    }
    expect(result.overall.response.count).toBe(signals.filter((item) => isSent(item, nowMs) && item.responded).length);
  });

  it('reply times: every sent application on the curve or counted as unknown', () => {
    const result = replyTimes(applications, NOW);
    expect(result.total + result.unknown_time).toBe(sent);
    expect(result.steps.reduce((total, step) => total + step.events + step.censored, 0)).toBe(result.total);
    expect(result.steps.every((step, index) => index === 0 || step.survival <= result.steps[index - 1]!.survival)).toBe(true);
  });

  it('silence: exactly the silent applications', () => {
    const result = silence(applications, { now: NOW, silenceDays: 21 });
    expect(result.applications).toHaveLength(signals.filter((item) => isSilent(item, nowMs, 21)).length);
  });

  it('due view and calendar: every due item in its bucket, one event each', () => {
    const result = dueView(applications, { now: NOW, timeZone: ZONE });
    const items = applications.flatMap((application) => dueItemsOf(application, nowMs));
    const dayOf = (item: (typeof items)[number]) => (item.at ? ZONE.dayNumberAt(item.at.getTime()) : (parseCalendarDate(item.date!) as number));
    expect(result.overdue).toHaveLength(items.filter((item) => dayOf(item) < today).length);
    expect(result.due_today).toHaveLength(items.filter((item) => dayOf(item) === today).length);
    expect(result.this_week).toHaveLength(items.filter((item) => dayOf(item) > today && dayOf(item) <= today + 7).length);
    const feed = calendarFeed(applications, NOW);
    expect(feed.split('BEGIN:VEVENT').length - 1).toBe(items.length);
    const encoder = new TextEncoder();
    expect(feed.split('\r\n').every((line) => encoder.encode(line).length <= 75)).toBe(true);
  });

  it('goals and forecast: counts agree with a plain count', () => {
    const goal = weeklyGoal(applications, { now: NOW, timeZone: ZONE, weeklyGoal: 10 });
    expect(goal.recent_weeks.reduce((total, week) => total + week.count, 0)).toBeLessThanOrEqual(sent);
    expect(goal.streak_weeks).toBeGreaterThanOrEqual(0);
    const result = forecast(applications, { now: NOW, maturityDays: 21 });
    const matured = signals.filter((item) => isSent(item, nowMs) && (item.sentMs as number) <= nowMs - 21 * DAY_MS).length;
    expect(result.interview.rate.total).toBe(matured);
    expect(result.offer.rate.count).toBeLessThanOrEqual(result.interview.rate.count);
  });

  it('skills gap and duplicates: within their groups and windows', () => {
    const gap = skillsGap(applications, { now: NOW, profileSkills: ['Python'], silenceDays: 21 });
    expect(gap.responded + gap.not_responded).toBeLessThanOrEqual(sent);
    expect(gap.missing.some((item) => item.skill === 'Python')).toBe(false);
    const first = applications[0]!;
    const found = duplicateCandidates(applications, { company: first.company.name, title: first.job.title, now: NOW });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((item) => item.company === first.company.name && item.similarity >= 0.8)).toBe(true);
  });
});
