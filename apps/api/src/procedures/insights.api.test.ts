/** The insights over both transports: REST (`app.request`) and the typed tRPC client, on the
 * hand-checked scenario of test-support/insight-scenario.ts. The statistics themselves are
 * tested in core; these tests check the wiring, the settings each insight reads, the time zone
 * and that every user sees only their own numbers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightScenario, type Scenario } from '../test-support/insight-scenario.js';

let s: Scenario;

beforeAll(async () => {
  s = await insightScenario();
});
afterAll(async () => {
  await s.t.close();
});

async function get(path: string) {
  const res = await s.rest('GET', path);
  expect(res.status, res.text).toBe(200);
  return res.json;
}

const rate = (count: number, total: number, rateValue: number | null, low: number | null, high: number | null) => ({
  count, total, rate: rateValue, low, high, too_few: true,
});

describe('the funnel', () => {
  it('counts furthest stages, rates with Wilson intervals and outcomes, the same over REST and tRPC', async () => {
    const funnel = await get('/api/insights/funnel/');
    expect(funnel.overall.sent).toBe(4);
    expect(funnel.overall.stages.map((stage: { stage: string; reached: number }) => [stage.stage, stage.reached])).toEqual([
      ['applied', 4], ['screening', 1], ['interview', 0], ['technical_test', 0], ['offer', 0], ['accepted', 0],
    ]);
    // 2 of 4 answered (A's phone screen, B's rejection): Wilson 95% [0.15, 0.85]; 0 of 4 reached an interview: [0, 0.4899].
    expect(funnel.overall.response).toEqual(rate(2, 4, 0.5, 0.15, 0.85));
    expect(funnel.overall.interview).toEqual(rate(0, 4, 0, 0, 0.4899));
    expect(funnel.overall.outcomes).toEqual({ open: 3, offer: 0, accepted: 0, rejected: 1, withdrawn: 0, no_response: 0 });
    expect(funnel.min_sample_size).toBe(30);
    expect(funnel.by_source.map((group: { key: string | null; sent: number }) => [group.key, group.sent])).toEqual(
      expect.arrayContaining([['LinkedIn', 2], ['Referral', 1], [null, 1]]),
    );
    expect(funnel.by_resume_version.find((group: { key: string | null }) => group.key === 'v1').response).toEqual(rate(1, 2, 0.5, 0.0945, 0.9055));
    expect(funnel.by_month.map((group: { key: string; sent: number }) => [group.key, group.sent])).toEqual([['2025-04', 1], ['2025-05', 3]]);

    expect(await s.trpc.insights.funnel.query({})).toEqual(funnel);
  });

  it('refuses an unknown time zone with a field error on both transports', async () => {
    const bad = await s.rest('GET', '/api/insights/funnel/?time_zone=Mars/Olympus');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ time_zone: ['Unknown time zone: use an IANA name such as Europe/Berlin, or an offset such as +02:00.'] });
    await expect(s.trpc.insights.funnel.query({ time_zone: 'Mars/Olympus' })).rejects.toMatchObject({ data: { httpStatus: 400, contract: bad.json } });
  });
});

describe('reply times', () => {
  it('is a Kaplan–Meier curve with the waiting applications censored, and its median', async () => {
    const replies = await get('/api/insights/reply-times/');
    expect(replies).toMatchObject({ total: 4, replied: 2, waiting: 2, unknown_time: 0, too_few: true });
    // D censored at day 2; A answered on day 5 (3 at risk: S = 2/3); B on day 10 (2 at risk: S = 1/3); C censored at 25.
    expect(replies.steps.map((step: Record<string, number>) => [step['day'], step['at_risk'], step['events'], step['censored'], step['survival']])).toEqual([
      [2, 4, 0, 1, 1],
      [5, 3, 1, 0, 0.6667],
      [10, 2, 1, 0, 0.3333],
      [25, 1, 0, 1, 0.3333],
    ]);
    expect(replies.median.days).toBe(10);
    expect(await s.trpc.insights.replyTimes.query()).toEqual(replies);
  });
});

describe('silence and closing as "no response"', () => {
  it('flags what has waited the threshold, then counts a closing apart from rejections', async () => {
    const silent = await get('/api/insights/silence/');
    expect(silent.silence_days).toBe(21);
    expect(silent.applications).toHaveLength(1);
    expect(silent.applications[0]).toMatchObject({ id: s.ids.c, company: 'Initech', job_title: 'Platform Engineer', sent_at: '2025-05-07 10:00:00', days_waiting: 25 });
    expect(await s.trpc.insights.silence.query()).toEqual(silent);

    // A lower threshold flags D's 2 days too; the setting is the user's own.
    expect((await s.rest('PATCH', '/api/insights/settings/', { silence_days: 2 })).json).toEqual({ silence_days: 2, weekly_goal: 0, calendar_feed: false });
    expect((await get('/api/insights/silence/')).applications.map((item: { id: string }) => item.id)).toEqual([s.ids.c, s.ids.d]);
    await s.trpc.insights.settings.update.mutate({ silence_days: 21 });

    const closed = await s.rest('POST', `/api/applications/${s.ids.c}/close-no-response/`, { notes: 'Nothing in 25 days' });
    expect(closed.status).toBe(200);
    expect(closed.json.application.status).toBe('applied');
    expect(closed.json.timeline.at(-1)).toEqual({
      date: '2025-06-01 12:00:00', event_type: 'no_response', title: 'Closed as no response', notes: 'Nothing in 25 days', closed_as: 'no_response',
    });
    // Closing a closed application changes nothing.
    expect((await s.rest('POST', `/api/applications/${s.ids.c}/close-no-response/`, {})).json.timeline).toHaveLength(closed.json.timeline.length);
    expect((await get('/api/insights/silence/')).applications).toEqual([]);
    expect((await get('/api/insights/funnel/')).overall.outcomes).toEqual({ open: 2, offer: 0, accepted: 0, rejected: 1, withdrawn: 0, no_response: 1 });
    // The original analytics never count a closing as a reply.
    expect((await get('/api/analytics/response-time/')).total_responses).toBe(2);

    // Over tRPC: a fifth application, sent 30 days ago and never answered.
    const e = await s.trpc.applications.create.mutate({ company: { name: 'Hooli' }, job: { title: 'SRE' }, application: { applied_date: '2025-05-02T09:00:00Z' } });
    expect((await s.trpc.insights.silence.query()).applications.map((item) => item.id)).toEqual([e.id]);
    const viaTrpc = await s.trpc.applications.closeAsNoResponse.mutate({ id: e.id });
    expect(viaTrpc.timeline.at(-1)).toMatchObject({ event_type: 'no_response', closed_as: 'no_response', notes: '' });
    expect((await s.trpc.insights.funnel.query({})).overall.outcomes).toMatchObject({ rejected: 1, no_response: 2 });
    await s.trpc.applications.delete.mutate({ id: e.id });
  });

  it('answers 404 for a missing or foreign application, 400 for bad notes', async () => {
    const other = await s.t.registerUser();
    const foreign = await s.t.call('POST', `/api/applications/${s.ids.d}/close-no-response/`, { token: other.access, body: {} });
    expect(foreign.status).toBe(404);
    expect((await s.rest('POST', `/api/applications/${s.ids.d}/close-no-response/`, { notes: { text: 'x' } })).status).toBe(400);
    expect((await s.rest('POST', '/api/applications/not-an-id/close-no-response/', {})).status).toBe(400);
  });
});

describe('goals and the forecast', () => {
  it('counts this week in the user\'s zone and keeps the goal in the settings', async () => {
    await s.trpc.insights.settings.update.mutate({ weekly_goal: 2 });
    const goals = await get('/api/insights/goals/');
    // Sunday 1 June (UTC): the week of Monday 26 May holds D.
    expect(goals).toMatchObject({ weekly_goal: 2, this_week: { week_start: '2025-05-26', count: 1, remaining: 1, met: false }, streak_weeks: 0 });
    expect(goals.forecast.maturity_days).toBe(21);
    expect(goals.forecast.interview).toMatchObject({ target: 'interview', expected: null, low: null, high: null });
    expect(goals.forecast.interview.sentence).not.toBe('');
    // At +14:00 it is already Monday 2 June: a new week, nothing sent yet.
    const kiritimati = await s.trpc.insights.goals.query({ time_zone: 'Pacific/Kiritimati' });
    expect(kiritimati.this_week).toMatchObject({ week_start: '2025-06-02', count: 0, remaining: 2 });
    expect(await s.trpc.insights.goals.query({})).toEqual(goals);
  });
});

describe('the skills gap', () => {
  it('weighs requested skills missing from the profile by how far each application went', async () => {
    expect((await s.rest('POST', '/api/auth/skills/add/', { skill: 'sql' })).status).toBe(200);
    const gap = await get('/api/insights/skills-gap/');
    // TypeScript: A reached screening (weight 2); Python (B) and Go (C) stayed at applied (1). SQL is in the profile.
    expect(gap.missing).toEqual([
      { skill: 'TypeScript', weight: 2, applications: 1 },
      expect.objectContaining({ weight: 1, applications: 1 }),
      expect.objectContaining({ weight: 1, applications: 1 }),
    ]);
    expect(gap.missing.map((item: { skill: string }) => item.skill).sort()).toEqual(['Go', 'Python', 'TypeScript']);
    expect(gap.min_sample_size).toBe(30);
    expect(await s.trpc.insights.skillsGap.query()).toEqual(gap);
  });
});

describe('insight settings', () => {
  it('are per user, validated, and never show the calendar secret', async () => {
    const other = await s.t.registerUser();
    expect((await s.t.call('GET', '/api/insights/settings/', { token: other.access })).json).toEqual({ silence_days: 21, weekly_goal: 0, calendar_feed: false });
    const bad = await s.rest('PATCH', '/api/insights/settings/', { silence_days: 0, weekly_goal: 'many' });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ silence_days: ['Ensure this value is greater than or equal to 1.'], weekly_goal: ['A valid integer is required.'] });
    expect((await s.rest('PUT', '/api/insights/settings/', {})).status).toBe(405);
    expect(await s.trpc.insights.settings.get.query()).toEqual({ silence_days: 21, weekly_goal: 2, calendar_feed: false });
  });

  it('every insight needs a session and shows only the caller\'s applications', async () => {
    for (const path of ['due', 'silence', 'funnel', 'reply-times', 'goals', 'skills-gap', 'settings']) {
      expect((await s.t.call('GET', `/api/insights/${path}/`)).status).toBe(401);
    }
    const other = await s.t.registerUser();
    const theirs = await s.t.call('GET', '/api/insights/funnel/', { token: other.access });
    expect(theirs.json.overall.sent).toBe(0);
    expect(theirs.json.overall.response).toEqual({ count: 0, total: 0, rate: null, low: null, high: null, too_few: true });
  });
});
