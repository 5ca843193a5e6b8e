/** Follow-ups over both transports: next actions and deadlines on an application (their own
 * operation, and create/PUT), the due view in the user's time zone, the private calendar feed
 * behind a secret URL, and "already applied?". Original documents render byte for byte as
 * before. Data: test-support/insight-scenario.ts (now: Sunday 2025-06-01 12:00 UTC). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightScenario, type Scenario } from '../test-support/insight-scenario.js';

let s: Scenario;

beforeAll(async () => {
  s = await insightScenario();
});
afterAll(async () => {
  await s.t.close();
});

describe('rendering', () => {
  it('renders an application created without the new keys exactly as before', async () => {
    const created = await s.rest('POST', '/api/applications/', {
      company: { name: 'Plain Co', website: 'https://plain.example' },
      job: { title: 'Engineer' },
      application: { applied_date: '2025-05-20T08:00:00Z', source: 'LinkedIn' },
      notes: 'n',
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    await s.rest('POST', `/api/applications/${id}/timeline/`, { event_type: 'phone_screen', title: 'Call', date: '2025-05-25T08:00:00Z' });
    const expected =
      `{"id":"${id}","user_id":${created.json.user_id},"company":{"name":"Plain Co","website":"https://plain.example"},` +
      `"job":{"title":"Engineer","salary_min":null,"salary_max":null,"currency":"USD"},` +
      `"application":{"applied_date":"2025-05-20 08:00:00","source":"LinkedIn","status":"applied","resume_version":"","cover_letter":"","referral_name":""},` +
      `"requirements":{"skills_required":[],"skills_preferred":[],"years_experience":null},` +
      `"timeline":[{"date":"2025-05-25 08:00:00","event_type":"phone_screen","title":"Call","notes":"","interviewer_name":"","interview_type":""}],` +
      `"attachments":[],"notes":"n","is_favorite":false,"created_at":"2025-06-01 12:00:00","updated_at":"2025-06-01 12:00:00"}`;
    expect((await s.rest('GET', `/api/applications/${id}/`)).text).toBe(expected);
    expect((await s.rest('GET', '/api/applications/search/?q=Plain')).text).toBe(`[${expected}]`);
  });

  it('renders next_action and deadline once set (null once cleared), after the contract keys', async () => {
    const created = await s.rest('POST', '/api/applications/', {
      company: { name: 'Keys Co' }, job: { title: 'Engineer' },
      next_action: { date: '2025-06-03', text: ' Call Jane ' }, deadline: '2025-06-10',
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.json).slice(-4)).toEqual(['created_at', 'updated_at', 'next_action', 'deadline']);
    expect(created.json).toMatchObject({ next_action: { date: '2025-06-03', text: 'Call Jane' }, deadline: '2025-06-10' });
    // PUT of the contract's keys (an old client's GET-then-PUT) leaves them alone; sent, they change.
    const { next_action: _n, deadline: _d, ...original } = created.json;
    expect((await s.rest('PUT', `/api/applications/${created.json.id}/`, original)).json).toMatchObject({ next_action: { date: '2025-06-03' }, deadline: '2025-06-10' });
    const cleared = await s.rest('PUT', `/api/applications/${created.json.id}/`, { next_action: null });
    expect(cleared.json.next_action).toBeNull();
    expect(cleared.json.deadline).toBe('2025-06-10');
    await s.rest('DELETE', `/api/applications/${created.json.id}/`);
  });
});

describe('the follow-up operation', () => {
  it('sets and clears over REST, validates days, and leaves left-out keys alone', async () => {
    const set = await s.rest('PUT', `/api/applications/${s.ids.a}/follow-up/`, { next_action: { date: '2025-05-30', text: 'Email the recruiter' } });
    expect(set.status).toBe(200);
    expect(set.json.next_action).toEqual({ date: '2025-05-30', text: 'Email the recruiter' });
    expect(set.json).not.toHaveProperty('deadline');
    const bad = await s.rest('PUT', `/api/applications/${s.ids.a}/follow-up/`, { next_action: { date: '2025-02-30', text: '' }, deadline: 'soon' });
    expect(bad.status).toBe(400);
    const DATE = 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.';
    expect(bad.json).toEqual({ next_action: { date: [DATE], text: ['This field may not be blank.'] }, deadline: [DATE] });
    const other = await s.t.registerUser();
    expect((await s.rest('PUT', `/api/applications/${s.ids.a}/follow-up/`, { deadline: null }, other.access)).status).toBe(404);
    expect((await s.rest('PUT', `/api/applications/${s.ids.a}/follow-up/`, {}, null)).status).toBe(401);
  });

  it('sets over tRPC with the same answer shape', async () => {
    const updated = await s.trpc.applications.setFollowUp.mutate({ id: s.ids.b, next_action: { date: '2025-06-05', text: 'Ask for feedback' } });
    expect(updated.next_action).toEqual({ date: '2025-06-05', text: 'Ask for feedback' });
    expect((await s.trpc.applications.setFollowUp.mutate({ id: s.ids.d, deadline: '2025-06-01' })).deadline).toBe('2025-06-01');
    expect((await s.rest('GET', `/api/applications/${s.ids.d}/`)).json.deadline).toBe('2025-06-01');
  });
});

describe('the due view', () => {
  beforeAll(async () => {
    // An interview on Tuesday 3 June, 09:00 UTC.
    await s.rest('POST', `/api/applications/${s.ids.a}/timeline/`, { event_type: 'technical_interview', title: 'Tech interview', date: '2025-06-03T09:00:00Z' });
  });

  const summary = (items: Array<{ kind: string; application_id: string; date: string | null }>) => items.map((item) => [item.kind, item.application_id, item.date]);

  it('sorts follow-ups, deadlines and interviews into overdue, today and this week (UTC by default)', async () => {
    const due = await s.rest('GET', '/api/insights/due/');
    expect(due.status).toBe(200);
    expect(due.json.today).toBe('2025-06-01');
    expect(due.json.time_zone).toBe('UTC');
    expect(summary(due.json.overdue)).toEqual([['follow_up', s.ids.a, '2025-05-30']]);
    expect(summary(due.json.due_today)).toEqual([['deadline', s.ids.d, '2025-06-01']]);
    expect(summary(due.json.this_week)).toEqual([['interview', s.ids.a, '2025-06-03'], ['follow_up', s.ids.b, '2025-06-05']]);
    expect(due.json.this_week[0]).toMatchObject({ company: 'Acme Inc.', job_title: 'Senior Backend Engineer', text: 'Tech interview', at: '2025-06-03 09:00:00', event_type: 'technical_interview' });
    expect(await s.trpc.insights.due.query({})).toEqual(due.json);
  });

  it('counts days in the user\'s time zone', async () => {
    // At +14:00 it is Monday 2 June 02:00: Sunday's deadline is overdue; the interview is on 3 June, 23:00.
    const due = await s.trpc.insights.due.query({ time_zone: 'Pacific/Kiritimati' });
    expect(due.today).toBe('2025-06-02');
    expect(summary(due.overdue)).toEqual([['follow_up', s.ids.a, '2025-05-30'], ['deadline', s.ids.d, '2025-06-01']]);
    expect(due.due_today).toEqual([]);
    expect(summary(due.this_week)).toEqual([['interview', s.ids.a, '2025-06-03'], ['follow_up', s.ids.b, '2025-06-05']]);
  });
});

describe('the calendar feed', () => {
  it('is served without a session at the secret URL, and 404 once the secret is replaced or turned off', async () => {
    expect((await s.rest('GET', '/api/insights/settings/')).json.calendar_feed).toBe(false);
    const made = await s.rest('POST', '/api/insights/calendar/secret/');
    expect(made.status).toBe(200);
    expect(made.json.secret).toMatch(/^[a-z2-7]{32}$/);
    expect(made.json.feed_path).toBe(`/api/calendar/${made.json.secret}/feed.ics`);
    expect((await s.rest('GET', '/api/insights/settings/')).json.calendar_feed).toBe(true);

    const feed = await s.t.call('GET', made.json.feed_path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toBe('private, no-store');
    expect(feed.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(feed.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(feed.text).toContain(`UID:follow-up-${s.ids.a}@jobtracker`);
    expect(feed.text).toContain(`UID:deadline-${s.ids.d}@jobtracker`);
    expect(feed.text).toContain('DTSTART;VALUE=DATE:20250530');
    expect(feed.text).toContain('DTSTART:20250603T090000Z');
    expect((await s.t.call('HEAD', made.json.feed_path)).status).toBe(200);

    // A new secret over tRPC: the old URL is gone at once.
    const rotated = await s.trpc.insights.settings.rotateCalendarSecret.mutate();
    expect(rotated.secret).not.toBe(made.json.secret);
    const gone = await s.t.call('GET', made.json.feed_path);
    expect(gone.status).toBe(404);
    expect(gone.json).toEqual({ detail: 'Not found.' });
    expect((await s.t.call('GET', rotated.feed_path)).status).toBe(200);

    expect(await s.trpc.insights.settings.disableCalendarFeed.mutate()).toMatchObject({ calendar_feed: false });
    expect((await s.t.call('GET', rotated.feed_path)).status).toBe(404);
    const again = await s.rest('DELETE', '/api/insights/calendar/secret/');
    expect(again.json).toMatchObject({ calendar_feed: false });
  });

  it('keeps only the hash of the secret, and a guessed or malformed secret finds nothing', async () => {
    const made = await s.rest('POST', '/api/insights/calendar/secret/');
    const db = await s.t.deps.userSettings.findByUserId((await s.rest('GET', '/api/auth/user/')).json.id);
    expect(db?.calendar_secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(db)).not.toContain(made.json.secret);
    for (const secret of [db?.calendar_secret_hash, made.json.secret.toUpperCase(), 'a'.repeat(32), '%00', made.json.secret.slice(1)]) {
      expect((await s.t.call('GET', `/api/calendar/${encodeURIComponent(secret as string)}/feed.ics`)).status).toBe(404);
    }
    expect((await s.t.call('POST', made.json.feed_path, { body: {} })).status).toBe(405);
    expect((await s.t.call('POST', '/api/insights/calendar/secret/', { body: {} })).status).toBe(401);
  });
});

describe('already applied?', () => {
  it('finds the same company (legal forms and case ignored) with a similar title, over REST and tRPC', async () => {
    const found = await s.rest('GET', '/api/applications/duplicates/?company=ACME%20GmbH&title=Backend%20Engineer');
    expect(found.status).toBe(200);
    expect(found.json).toEqual([
      { id: s.ids.a, company: 'Acme Inc.', job_title: 'Senior Backend Engineer', status: 'applied', sent_at: '2025-04-22 10:00:00', similarity: expect.closeTo(0.83, 2) },
    ]);
    expect(await s.trpc.applications.duplicates.query({ company: 'ACME GmbH', title: 'Backend Engineer' })).toEqual(found.json);
    // A different role at the same company, or the application itself being edited, is no warning.
    expect((await s.rest('GET', '/api/applications/duplicates/?company=Acme&title=Frontend%20Designer')).json).toEqual([]);
    expect((await s.rest('GET', `/api/applications/duplicates/?company=Acme&title=Backend%20Engineer&exclude_id=${s.ids.a}`)).json).toEqual([]);
    expect((await s.rest('GET', '/api/applications/duplicates/?company=Acme&title=Backend%20Engineer&exclude_id=nope')).json).toHaveLength(1);
    const other = await s.t.registerUser();
    expect((await s.rest('GET', '/api/applications/duplicates/?company=Acme&title=Backend%20Engineer', undefined, other.access)).json).toEqual([]);
  });

  it('needs both fields, and leaves create\'s answer as it was', async () => {
    expect((await s.rest('GET', '/api/applications/duplicates/?company=Acme')).json).toEqual({ title: ['This field is required.'] });
    const created = await s.rest('POST', '/api/applications/', { company: { name: 'Acme' }, job: { title: 'Senior Backend Engineer' } });
    expect(created.status).toBe(201);
    expect(Object.keys(created.json)).not.toContain('warnings');
    await s.rest('DELETE', `/api/applications/${created.json.id}/`);
  });
});
