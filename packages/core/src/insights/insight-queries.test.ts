import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { rotateCalendarSecret, updateInsightSettings } from '../settings/manage-settings.js';
import { aNewUser, inMemoryRepositories, sequentialRandom, type InMemoryRepositories } from '../testing/index.js';
import { calendarFeedFor } from './calendar-queries.js';
import { dueViewFor, duplicatesFor, funnelFor, goalsFor, replyTimesFor, silenceFor, skillsGapFor } from './insight-queries.js';
import { aSentApplication } from './test-support/insight-builders.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
let store: InMemoryRepositories;
let userId: number;

beforeEach(async () => {
  store = inMemoryRepositories();
  userId = (await store.users.create(aNewUser({ skills: ['Go'] })))!.id;
  const other = (await store.users.create(aNewUser()))!.id;
  await store.applications.create({ ...aSentApplication({ sent: '2025-05-01T12:00:00Z', company: 'Mine', next_action: { date: '2025-06-01', text: 'Call' } }), user_id: userId });
  await store.applications.create({ ...aSentApplication({ sent: '2025-05-01T12:00:00Z', company: 'Theirs', next_action: { date: '2025-06-01', text: 'Call' } }), user_id: other });
});

describe('insight use cases', () => {
  it('read only the user\'s own applications', async () => {
    const due = await dueViewFor(store, { userId, now: NOW, timeZone: 'UTC' });
    expect(due.due_today.map((item) => item.company)).toEqual(['Mine']);
    expect((await funnelFor(store, { userId, now: NOW, timeZone: 'Europe/Paris' })).overall.sent).toBe(1);
    expect((await replyTimesFor(store, { userId, now: NOW })).total).toBe(1);
    expect((await duplicatesFor(store, { userId, company: 'Theirs', title: 'Engineer', now: NOW }))).toEqual([]);
    expect((await duplicatesFor(store, { userId, company: 'mine inc', title: 'engineer', now: NOW })).map((item) => item.company)).toEqual(['Mine']);
  });

  it('use the user\'s settings: silence threshold, weekly goal, profile skills', async () => {
    expect((await silenceFor(store, { userId, now: NOW })).applications.map((item) => item.company)).toEqual(['Mine']);
    await updateInsightSettings(store, { userId, changes: { silence_days: 40, weekly_goal: 2 }, now: NOW });
    expect(await silenceFor(store, { userId, now: NOW })).toEqual({ silence_days: 40, applications: [] });
    const goals = await goalsFor(store, { userId, now: NOW, timeZone: '+02:00' });
    expect(goals).toMatchObject({ weekly_goal: 2, this_week: { count: 0, remaining: 2 }, forecast: { maturity_days: 40 } });
    expect((await skillsGapFor(store, { userId, now: NOW })).missing).toEqual([]);
  });

  it('refuse an unknown time zone as a field error', async () => {
    const error = await dueViewFor(store, { userId, now: NOW, timeZone: 'Mars/Olympus' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError<'VALIDATION.FAILED'>).details.fieldErrors).toHaveProperty('time_zone');
  });
});

describe('calendarFeedFor', () => {
  it('serves the feed for the current secret only, and nothing for an inactive account', async () => {
    const random = sequentialRandom();
    expect(await calendarFeedFor(store, { secret: '', now: NOW })).toBeNull();
    const { secret } = await rotateCalendarSecret({ userSettings: store.userSettings, random }, { userId, now: NOW });
    const feed = await calendarFeedFor(store, { secret, now: NOW });
    expect(feed).toContain('SUMMARY:Follow up: Call (Engineer at Mine)');
    expect(feed).not.toContain('Theirs');
    const rotated = await rotateCalendarSecret({ userSettings: store.userSettings, random }, { userId, now: NOW });
    expect(await calendarFeedFor(store, { secret, now: NOW })).toBeNull();
    expect(await calendarFeedFor(store, { secret: rotated.secret, now: NOW })).toContain('BEGIN:VCALENDAR');
    await store.users.update(userId, () => ({ is_active: false }));
    expect(await calendarFeedFor(store, { secret: rotated.secret, now: NOW })).toBeNull();
  });
});
