import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATETIME } from '../test-support/contract-text.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { createRequestContext } from '../request/request-context.js';
import { appRouter } from './app.router.js';
import { createCallerFactory } from './init.js';

const APPLICATION_KEYS = [
  'id', 'user_id', 'company', 'job', 'application', 'requirements', 'timeline', 'attachments', 'notes',
  'is_favorite', 'created_at', 'updated_at',
];
const STATUS_MESSAGE =
  'Status must be one of: applied, screening, interview, technical_test, offer, rejected, accepted, withdrawn';

/** The request of the contract's example (2.3). */
const EXAMPLE_BODY = {
  company: { name: 'Google', website: 'https://google.com', industry: 'Technology', size: '10000+', location: 'Mountain View, CA' },
  job: {
    title: 'Backend Developer', description: 'Work on backend systems', employment_type: 'full-time',
    work_mode: 'remote', experience_level: 'mid', salary_min: 80000, salary_max: 120000,
  },
  application: { source: 'LinkedIn' },
  requirements: { skills_required: ['Python', 'Django', 'MongoDB'], years_experience: 2.0 },
  notes: 'Really interested in this role!',
};

/** Each reading advances one second, so creations and updates are ordered deterministically.
 * It starts half an hour back so tokens stay valid for the real-time JWT checks. */
const start = Math.floor(Date.now() / 1000) * 1000 - 30 * 60 * 1000;
let tick = 0;
const clock = () => new Date(start + tick++ * 1000);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

async function newUser() {
  return t.registerUser();
}

async function create(token: string, body: Record<string, unknown> = {}) {
  const res = await t.call('POST', '/api/applications/', {
    token,
    body: { company: { name: 'Acme' }, job: { title: 'Engineer' }, ...body },
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  return res.json;
}

/** A stored document the API could not have produced (seeded/imported data). */
async function insertRaw(userId: number, id: string, extra: Record<string, unknown> = {}) {
  await t.deps.applications.create({ id, user_id: userId, company: { name: 'Raw Co' }, job: { title: 'Raw job' }, ...extra });
}

describe('POST /api/applications/', () => {
  it('creates with the contract example and renders it in the contract shape and key order', async () => {
    const u = await newUser();
    const res = await t.call('POST', '/api/applications/', { token: u.access, body: EXAMPLE_BODY });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(APPLICATION_KEYS);
    expect(res.json.id).toMatch(/^[0-9a-f]{24}$/);
    expect(res.json.user_id).toBe(u.user.id);
    expect(Object.keys(res.json.company)).toEqual(['name', 'website', 'industry', 'size', 'location']);
    expect(Object.keys(res.json.job)).toEqual([
      'title', 'description', 'employment_type', 'work_mode', 'experience_level', 'salary_min', 'salary_max', 'currency',
    ]);
    expect(res.json.job.currency).toBe('USD');
    expect(Object.keys(res.json.application)).toEqual([
      'applied_date', 'source', 'status', 'resume_version', 'cover_letter', 'referral_name',
    ]);
    expect(res.json.application).toMatchObject({ source: 'LinkedIn', status: 'applied', resume_version: '', cover_letter: '', referral_name: '' });
    expect(res.json.application.applied_date).toMatch(DATETIME);
    expect(res.json.requirements).toEqual({ skills_required: ['Python', 'Django', 'MongoDB'], skills_preferred: [], years_experience: 2 });
    expect(Object.keys(res.json.requirements)).toEqual(['skills_required', 'skills_preferred', 'years_experience']);
    expect(res.json.timeline).toEqual([]);
    expect(res.json.attachments).toEqual([]);
    expect(res.json.notes).toBe('Really interested in this role!');
    expect(res.json.is_favorite).toBe(false);
    expect(res.json.created_at).toMatch(DATETIME);
    expect(res.json.updated_at).toBe(res.json.created_at);
    expect(res.json.application.applied_date).toBe(res.json.created_at);
  });

  it('fills defaults: application sub-object, requirements {}, notes "", no timeline event', async () => {
    const u = await newUser();
    const res = await t.call('POST', '/api/applications/', {
      token: u.access,
      body: {
        company: { name: ' Acme ' }, job: { title: 'Engineer' },
        timeline: [{ event_type: 'applied', title: 'x' }], attachments: [{ filename: 'x' }],
        id: 'ffffffffffffffffffffffff', user_id: 999, created_at: '2020-01-01', unknown_key: 1,
      },
    });
    expect(res.status).toBe(201);
    expect(res.json.company).toEqual({ name: 'Acme' });
    expect(res.json.job).toEqual({ title: 'Engineer', salary_min: null, salary_max: null, currency: 'USD' });
    expect(res.json.requirements).toEqual({ skills_required: [], skills_preferred: [], years_experience: null });
    expect(res.json.timeline).toEqual([]);
    expect(res.json.attachments).toEqual([]);
    expect(res.json.notes).toBe('');
    expect(res.json.id).not.toBe('ffffffffffffffffffffffff');
    expect(res.json.user_id).toBe(u.user.id);
    expect(res.json.created_at).not.toBe('2020-01-01 00:00:00');
  });

  it('accepts any status string on create', async () => {
    const u = await newUser();
    const app = await create(u.access, { application: { status: 'ghosted' } });
    expect(app.application.status).toBe('ghosted');
  });

  it('reports missing company and job title as a field map', async () => {
    const u = await newUser();
    const res = await t.call('POST', '/api/applications/', { token: u.access, body: { job: {} } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ company: ['This field is required.'], job: { title: ['This field is required.'] } });
  });

  it('refuses wrong types and oversized strings with 400', async () => {
    const u = await newUser();
    const res = await t.call('POST', '/api/applications/', {
      token: u.access,
      body: {
        company: { name: 'x'.repeat(201), website: 'not a url' },
        job: { title: true, salary_min: 'lots', salary_max: 1.5 },
        application: { applied_date: 'yesterday' },
        requirements: { skills_required: 'Python', years_experience: 'NaN' },
        notes: 'n'.repeat(100_001),
        is_favorite: 'maybe',
      },
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      company: { name: ['Ensure this field has no more than 200 characters.'], website: ['Enter a valid URL.'] },
      job: {
        title: ['Not a valid string.'],
        salary_min: ['A valid integer is required.'],
        salary_max: ['A valid integer is required.'],
      },
      application: {
        applied_date: [
          'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
        ],
      },
      requirements: {
        skills_required: ['Expected a list of items but got type "str".'],
        years_experience: ['A valid number is required.'],
      },
      notes: ['Ensure this field has no more than 100000 characters.'],
      is_favorite: ['Must be a valid boolean.'],
    });
  });

  it('reports blank list items by index and non-object sub-objects', async () => {
    const u = await newUser();
    const res = await t.call('POST', '/api/applications/', {
      token: u.access,
      body: { company: 'Acme', job: { title: 'x' }, requirements: { skills_required: ['Go', '  '] } },
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      company: { non_field_errors: ['Invalid data. Expected a dictionary, but got str.'] },
      requirements: { skills_required: { '1': ['This field may not be blank.'] } },
    });
  });

  it('needs authentication', async () => {
    const res = await t.call('POST', '/api/applications/', { body: EXAMPLE_BODY });
    expect(res.status).toBe(401);
  });
});

describe('datetime inputs (contract 1.5)', () => {
  it.each([
    ['2025-01-15', '2025-01-15 00:00:00'],
    ['2025-01-15T10:00:00Z', '2025-01-15 10:00:00'],
    ['2025-01-15T10:00:00.123+02:00', '2025-01-15 08:00:00'],
    ['2025-01-15T10:00', '2025-01-15 10:00:00'],
    ['2025-01-15 10:00:00', '2025-01-15 10:00:00'],
  ])('applied_date %s renders as %s', async (input, output) => {
    const u = await newUser();
    const app = await create(u.access, { application: { applied_date: input } });
    expect(app.application.applied_date).toBe(output);
  });
});

describe('GET /api/applications/{id}/', () => {
  it('returns the same object as create; uppercase hex finds it too', async () => {
    const u = await newUser();
    const created = await create(u.access, EXAMPLE_BODY);
    const res = await t.call('GET', `/api/applications/${created.id}/`, { token: u.access });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(created);
    expect(Object.keys(res.json)).toEqual(APPLICATION_KEYS);
    const upper = await t.call('GET', `/api/applications/${created.id.toUpperCase()}/`, { token: u.access });
    expect(upper.status).toBe(200);
    expect(upper.json.id).toBe(created.id);
  });

  it('answers 400 for a malformed id and 404 for a missing or foreign one', async () => {
    const owner = await newUser();
    const other = await newUser();
    const created = await create(owner.access);
    for (const bad of ['abc', `${created.id}0`, 'zzzzzzzzzzzzzzzzzzzzzzzz', '%20']) {
      const res = await t.call('GET', `/api/applications/${bad}/`, { token: owner.access });
      expect(res.status, bad).toBe(400);
      expect(res.json).toEqual({ error: 'Invalid application ID' });
    }
    const missing = await t.call('GET', '/api/applications/0123456789abcdef01234567/', { token: owner.access });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: 'Application not found' });
    const foreign = await t.call('GET', `/api/applications/${created.id}/`, { token: other.access });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ error: 'Application not found' });
    for (const [method, path, body] of [
      ['PUT', `/api/applications/${created.id}/`, { notes: 'x' }],
      ['DELETE', `/api/applications/${created.id}/`, undefined],
      ['POST', `/api/applications/${created.id}/timeline/`, { event_type: 'x', title: 'y' }],
      ['PATCH', `/api/applications/${created.id}/status/`, { status: 'offer' }],
    ] as const) {
      const res = await t.call(method, path, { token: other.access, ...(body ? { body } : {}) });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const still = await t.call('GET', `/api/applications/${created.id}/`, { token: owner.access });
    expect(still.json.notes).toBe(created.notes);
  });

  it('hides another user\'s application over tRPC too', async () => {
    const owner = await newUser();
    const other = await newUser();
    const created = await create(owner.access);
    const caller = createCallerFactory(appRouter)(
      createRequestContext(t.deps, {
        authorization: `Bearer ${other.access}`, sessionCookie: null, clientAddress: '127.0.0.1', method: 'GET', sameOrigin: true,
      }),
    );
    const error = await caller.applications.get({ id: created.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('NOT_FOUND');
    const bad = await caller.applications.get({ id: 'nope' }).catch((e: unknown) => e);
    expect((bad as TRPCError).code).toBe('BAD_REQUEST');
    const ownerCaller = createCallerFactory(appRouter)(
      createRequestContext(t.deps, {
        authorization: `Bearer ${owner.access}`, sessionCookie: null, clientAddress: '127.0.0.1', method: 'GET', sameOrigin: true,
      }),
    );
    expect((await ownerCaller.applications.get({ id: created.id })).id).toBe(created.id);
  });

  it('does not take stats or search for an id, and answers 405 for PATCH on the detail route', async () => {
    const u = await newUser();
    const created = await create(u.access);
    expect((await t.call('GET', '/api/applications/stats/', { token: u.access })).status).toBe(200);
    expect((await t.call('GET', '/api/applications/search/?q=acme', { token: u.access })).status).toBe(200);
    const patch = await t.call('PATCH', `/api/applications/${created.id}/`, { token: u.access, body: {} });
    expect(patch.status).toBe(405);
    expect(patch.json).toEqual({ detail: 'Method "PATCH" not allowed.' });
  });

  it('renders absent stored keys per the contract table', async () => {
    const u = await newUser();
    const id = 'aaaaaaaaaaaaaaaaaaaaaaa1';
    await insertRaw(u.user.id, id, {
      application: { source: 'Referral' },
      requirements: {},
      timeline: [{ event_type: 'applied', title: 'Applied' }],
    });
    const res = await t.call('GET', `/api/applications/${id}/`, { token: u.access });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['id', 'user_id', 'company', 'job', 'application', 'requirements', 'timeline', 'attachments', 'is_favorite']);
    expect(res.json.job).toEqual({ title: 'Raw job', salary_min: null, salary_max: null, currency: 'USD' });
    expect(res.json.application.status).toBe('applied');
    expect(res.json.application.applied_date).toMatch(DATETIME);
    expect(res.json.requirements).toEqual({ skills_required: [], skills_preferred: [], years_experience: null });
    expect(res.json.timeline[0]).toEqual({ date: expect.stringMatching(DATETIME), event_type: 'applied', title: 'Applied' });
    expect(res.json.is_favorite).toBe(false);

    const bare = 'aaaaaaaaaaaaaaaaaaaaaaa2';
    await insertRaw(u.user.id, bare);
    const bareRes = await t.call('GET', `/api/applications/${bare}/`, { token: u.access });
    expect(Object.keys(bareRes.json)).toEqual(['id', 'user_id', 'company', 'job', 'timeline', 'attachments', 'is_favorite']);
  });
});

describe('GET /api/applications/ (list)', () => {
  let token: string;
  const ids: string[] = [];
  beforeAll(async () => {
    const u = await newUser();
    token = u.access;
    const rows: Array<Record<string, unknown>> = [
      { company: { name: 'Google' }, job: { title: 'Backend Developer' }, application: { status: 'applied' }, is_favorite: true },
      { company: { name: 'Foo (US)' }, job: { title: 'C++ [Senior] Engineer' }, application: { status: 'interview' } },
      { company: { name: 'Alphabet.*' }, job: { title: 'Data Scientist' }, application: { status: 'offer' }, is_favorite: false },
      { company: { name: 'googleplex' }, job: { title: 'SRE' }, application: { status: 'Interview' }, is_favorite: true },
      { company: { name: 'Zeta' }, job: { title: 'backend lead' }, application: { status: 'rejected' } },
    ];
    for (const row of rows) ids.push((await create(token, row)).id);
    // A stored document without is_favorite matches neither favorites nor non-favorites.
  });

  const list = async (query: string) => t.call('GET', `/api/applications/${query}`, { token });
  const names = (res: { json: { results: Array<{ company: { name: string } }> } }) => res.json.results.map((r) => r.company.name);

  it('returns the envelope, newest first', async () => {
    const res = await list('');
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['count', 'next', 'previous', 'results']);
    expect(res.json).toMatchObject({ count: 5, next: null, previous: null });
    expect(res.json.results.map((r: { id: string }) => r.id)).toEqual([...ids].reverse());
    expect(Object.keys(res.json.results[0])).toEqual(APPLICATION_KEYS);
  });

  it('filters status exactly and case-sensitively', async () => {
    expect(names(await list('?status=interview'))).toEqual(['Foo (US)']);
    expect(names(await list('?status=Interview'))).toEqual(['googleplex']);
    expect((await list('?status=inter')).json.count).toBe(0);
  });

  it('filters company and job_title as literal case-insensitive substrings', async () => {
    expect(names(await list('?company=GOOGLE'))).toEqual(['googleplex', 'Google']);
    expect(names(await list(`?company=${encodeURIComponent('(')}`))).toEqual(['Foo (US)']);
    expect(names(await list(`?company=${encodeURIComponent('.*')}`))).toEqual(['Alphabet.*']);
    expect(names(await list(`?company=${encodeURIComponent('g.*e')}`))).toEqual([]);
    expect(names(await list(`?job_title=${encodeURIComponent('[senior]')}`))).toEqual(['Foo (US)']);
    expect(names(await list('?job_title=BACKEND'))).toEqual(['Zeta', 'Google']);
    expect(names(await list('?job_title=backend&company=zeta'))).toEqual(['Zeta']);
  });

  it('treats is_favorite=true (any case) as favorites and any other value as non-favorites', async () => {
    expect(names(await list('?is_favorite=true'))).toEqual(['googleplex', 'Google']);
    expect(names(await list('?is_favorite=TRUE'))).toEqual(['googleplex', 'Google']);
    for (const value of ['false', '1', 'yes', 'no']) {
      expect(names(await list(`?is_favorite=${value}`)), value).toEqual(['Zeta', 'Alphabet.*', 'Foo (US)']);
    }
  });

  it('ignores empty parameters', async () => {
    const res = await list('?status=&company=&job_title=&is_favorite=&page=&page_size=');
    expect(res.status).toBe(200);
    expect(res.json.count).toBe(5);
  });

  it('paginates with page numbers; previous stays non-null past the last page', async () => {
    const first = await list('?page_size=2');
    expect(first.json).toMatchObject({ count: 5, next: 2, previous: null });
    expect(first.json.results).toHaveLength(2);
    const last = await list('?page=3&page_size=2');
    expect(last.json).toMatchObject({ count: 5, next: null, previous: 2 });
    expect(last.json.results).toHaveLength(1);
    const past = await list('?page=9&page_size=2');
    expect(past.json).toMatchObject({ count: 5, next: null, previous: 8, results: [] });
  });

  it('treats page_size=0 as the maximum page (100), and caps larger sizes', async () => {
    const zero = await list('?page_size=0');
    expect(zero.status).toBe(200);
    expect(zero.json).toMatchObject({ count: 5, next: null, previous: null });
    expect(zero.json.results).toHaveLength(5);
    const huge = await list('?page_size=100000');
    expect(huge.status).toBe(200);
    expect(huge.json.results).toHaveLength(5);
  });

  it('answers bad page parameters with 400 and a field error, never 500', async () => {
    expect((await list('?page=abc')).json).toEqual({ page: ['A valid integer is required.'] });
    expect((await list('?page=0')).json).toEqual({ page: ['Ensure this value is greater than or equal to 1.'] });
    expect((await list('?page=-3')).status).toBe(400);
    expect((await list('?page=1.5')).status).toBe(400);
    expect((await list('?page_size=-1')).json).toEqual({ page_size: ['Ensure this value is greater than or equal to 0.'] });
    expect((await list('?page_size=ten')).status).toBe(400);
    expect((await list('?page=99999999999999999999')).status).toBe(400);
  });

  it('only lists the caller\'s applications', async () => {
    const other = await newUser();
    const res = await t.call('GET', '/api/applications/', { token: other.access });
    expect(res.json).toEqual({ count: 0, next: null, previous: null, results: [] });
  });
});

describe('PUT /api/applications/{id}/', () => {
  it('replaces sent sub-objects whole and keeps the rest', async () => {
    const u = await newUser();
    const created = await create(u.access, {
      ...EXAMPLE_BODY,
      application: { source: 'LinkedIn', status: 'interview', applied_date: '2025-01-01T00:00:00Z', referral_name: 'Ann' },
    });
    const res = await t.call('PUT', `/api/applications/${created.id}/`, {
      token: u.access,
      body: { company: { name: 'Google LLC' }, application: { source: 'Referral' }, requirements: { education: 'BSc' } },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(APPLICATION_KEYS);
    expect(res.json.company).toEqual({ name: 'Google LLC' });
    // The quirk of contract 5.4: status and applied_date are reset when not sent.
    expect(res.json.application).toEqual({
      applied_date: res.json.updated_at, source: 'Referral', status: 'applied', resume_version: '', cover_letter: '', referral_name: '',
    });
    expect(res.json.requirements).toEqual({ skills_required: [], skills_preferred: [], years_experience: null, education: 'BSc' });
    expect(res.json.job).toEqual(created.job);
    expect(res.json.notes).toBe(created.notes);
    expect(res.json.created_at).toBe(created.created_at);
    expect(res.json.updated_at > created.updated_at).toBe(true);
    const read = await t.call('GET', `/api/applications/${created.id}/`, { token: u.access });
    expect(read.json).toEqual(res.json);
  });

  it('re-applies job.currency and requires name/title in sent sub-objects', async () => {
    const u = await newUser();
    const created = await create(u.access, { job: { title: 'Dev', currency: 'EUR' } });
    const res = await t.call('PUT', `/api/applications/${created.id}/`, { token: u.access, body: { job: { title: 'Dev 2' } } });
    expect(res.json.job.currency).toBe('USD');
    const bad = await t.call('PUT', `/api/applications/${created.id}/`, { token: u.access, body: { company: {}, job: { description: 'x' } } });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ company: { name: ['This field is required.'] }, job: { title: ['This field is required.'] } });
  });

  it('treats {} as a touch and toggles favorites', async () => {
    const u = await newUser();
    const created = await create(u.access);
    const touched = await t.call('PUT', `/api/applications/${created.id}/`, { token: u.access, body: {} });
    expect(touched.status).toBe(200);
    expect({ ...touched.json, updated_at: created.updated_at }).toEqual(created);
    expect(touched.json.updated_at > created.updated_at).toBe(true);
    const fav = await t.call('PUT', `/api/applications/${created.id}/`, { token: u.access, body: { is_favorite: 'true' } });
    expect(fav.json.is_favorite).toBe(true);
  });

  it('ignores timeline, attachments and id in the body, and records no event for a status change', async () => {
    const u = await newUser();
    const created = await create(u.access);
    const res = await t.call('PUT', `/api/applications/${created.id}/`, {
      token: u.access,
      body: { id: 'ffffffffffffffffffffffff', timeline: [{ event_type: 'x', title: 'y' }], attachments: [{}], application: { status: 'offer' } },
    });
    expect(res.status).toBe(200);
    expect(res.json.id).toBe(created.id);
    expect(res.json.timeline).toEqual([]);
    expect(res.json.application.status).toBe('offer');
  });

  it('accepts its own GET output back unchanged (round trip)', async () => {
    const u = await newUser();
    const created = await create(u.access, { ...EXAMPLE_BODY, application: { source: 'LinkedIn', status: 'screening' } });
    await t.call('POST', `/api/applications/${created.id}/timeline/`, { token: u.access, body: { event_type: 'phone_screen', title: 'Call' } });
    const read = (await t.call('GET', `/api/applications/${created.id}/`, { token: u.access })).json;
    const res = await t.call('PUT', `/api/applications/${created.id}/`, { token: u.access, body: read });
    expect(res.status).toBe(200);
    expect({ ...res.json, updated_at: read.updated_at }).toEqual(read);
  });

  it('checks the body first, then the id, then existence', async () => {
    const u = await newUser();
    const badBodyBadId = await t.call('PUT', '/api/applications/nope/', { token: u.access, body: { notes: [] } });
    expect(badBodyBadId.status).toBe(400);
    expect(badBodyBadId.json).toEqual({ notes: ['Not a valid string.'] });
    const badId = await t.call('PUT', '/api/applications/nope/', { token: u.access, body: { notes: 'x' } });
    expect(badId.json).toEqual({ error: 'Invalid application ID' });
    const missing = await t.call('PUT', '/api/applications/0123456789abcdef01234567/', { token: u.access, body: { notes: 'x' } });
    expect(missing.status).toBe(404);
  });
});

describe('DELETE /api/applications/{id}/', () => {
  it('answers 204 with no body, then 404; 400 for a bad id', async () => {
    const u = await newUser();
    const created = await create(u.access);
    const res = await t.call('DELETE', `/api/applications/${created.id}/`, { token: u.access });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await t.call('GET', `/api/applications/${created.id}/`, { token: u.access })).status).toBe(404);
    expect((await t.call('DELETE', `/api/applications/${created.id}/`, { token: u.access })).json).toEqual({ error: 'Application not found' });
    expect((await t.call('DELETE', '/api/applications/xyz/', { token: u.access })).json).toEqual({ error: 'Invalid application ID' });
  });
});

describe('POST /api/applications/{id}/timeline/', () => {
  it('appends an event with all six keys and answers 201 with a message', async () => {
    const u = await newUser();
    const created = await create(u.access);
    const res = await t.call('POST', `/api/applications/${created.id}/timeline/`, {
      token: u.access,
      body: { event_type: 'technical_interview', title: ' Round 1 ', date: '2025-02-01T09:30:00+01:00', interviewer_name: 'Bob' },
    });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ message: 'Timeline event added successfully' });
    await t.call('POST', `/api/applications/${created.id}/timeline/`, { token: u.access, body: { event_type: 'applied', title: 'Earlier', date: '2024-12-01' } });
    const read = (await t.call('GET', `/api/applications/${created.id}/`, { token: u.access })).json;
    expect(read.timeline).toEqual([
      { date: '2025-02-01 08:30:00', event_type: 'technical_interview', title: 'Round 1', notes: '', interviewer_name: 'Bob', interview_type: '' },
      { date: '2024-12-01 00:00:00', event_type: 'applied', title: 'Earlier', notes: '', interviewer_name: '', interview_type: '' },
    ]);
    expect(read.updated_at > created.updated_at).toBe(true);
  });

  it('defaults the date to now', async () => {
    const u = await newUser();
    const created = await create(u.access);
    await t.call('POST', `/api/applications/${created.id}/timeline/`, { token: u.access, body: { event_type: 'x', title: 'y' } });
    const read = (await t.call('GET', `/api/applications/${created.id}/`, { token: u.access })).json;
    expect(read.timeline[0].date).toBe(read.updated_at);
  });

  it('validates the body before the id, and the id before existence', async () => {
    const u = await newUser();
    const invalid = await t.call('POST', '/api/applications/bad/timeline/', { token: u.access, body: { event_type: '', title: 't'.repeat(201) } });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toEqual({ event_type: ['This field may not be blank.'], title: ['Ensure this field has no more than 200 characters.'] });
    const badId = await t.call('POST', '/api/applications/bad/timeline/', { token: u.access, body: { event_type: 'x', title: 'y' } });
    expect(badId.json).toEqual({ error: 'Invalid application ID' });
    const missing = await t.call('POST', '/api/applications/0123456789abcdef01234567/timeline/', { token: u.access, body: { event_type: 'x', title: 'y' } });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: 'Application not found' });
  });
});

describe('PATCH /api/applications/{id}/status/', () => {
  it('sets the status and appends a status_change event; the same status appends again', async () => {
    const u = await newUser();
    const created = await create(u.access);
    const res = await t.call('PATCH', `/api/applications/${created.id}/status/`, { token: u.access, body: { status: 'interview', notes: 'Booked' } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(APPLICATION_KEYS);
    expect(res.json.application.status).toBe('interview');
    expect(res.json.timeline).toEqual([
      { date: res.json.updated_at, event_type: 'status_change', title: 'Status changed from applied to interview', notes: 'Booked' },
    ]);
    const again = await t.call('PATCH', `/api/applications/${created.id}/status/`, { token: u.access, body: { status: 'interview' } });
    expect(again.json.timeline).toHaveLength(2);
    expect(again.json.timeline[1]).toMatchObject({ title: 'Status changed from interview to interview', notes: '' });
    expect(Object.keys(again.json.timeline[1])).toEqual(['date', 'event_type', 'title', 'notes']);
  });

  it('uses "unknown" when no status is stored', async () => {
    const u = await newUser();
    const id = 'bbbbbbbbbbbbbbbbbbbbbbb1';
    await insertRaw(u.user.id, id);
    const res = await t.call('PATCH', `/api/applications/${id}/status/`, { token: u.access, body: { status: 'screening' } });
    expect(res.status).toBe(200);
    expect(res.json.timeline[0].title).toBe('Status changed from unknown to screening');
    expect(res.json.application.status).toBe('screening');
  });

  it('refuses statuses outside the list with the contract message, before the id check', async () => {
    const u = await newUser();
    for (const status of ['Interview', 'ghosted', 5]) {
      const res = await t.call('PATCH', '/api/applications/bad/status/', { token: u.access, body: { status } });
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ status: [STATUS_MESSAGE] });
    }
    expect((await t.call('PATCH', '/api/applications/bad/status/', { token: u.access, body: {} })).json).toEqual({
      status: ['This field is required.'],
    });
    expect((await t.call('PATCH', '/api/applications/bad/status/', { token: u.access, body: { status: 'offer' } })).json).toEqual({
      error: 'Invalid application ID',
    });
  });
});

describe('concurrent writes on one application', () => {
  it('keeps all 10 parallel status changes and all 10 parallel timeline appends', async () => {
    const u = await newUser();
    const created = await create(u.access);
    const statuses = ['screening', 'interview', 'technical_test', 'offer', 'rejected', 'accepted', 'withdrawn', 'applied', 'screening', 'offer'];
    const patches = await Promise.all(
      statuses.map((status) => t.call('PATCH', `/api/applications/${created.id}/status/`, { token: u.access, body: { status } })),
    );
    expect(patches.map((r) => r.status)).toEqual(Array(10).fill(200));
    let read = (await t.call('GET', `/api/applications/${created.id}/`, { token: u.access })).json;
    expect(read.timeline).toHaveLength(10);
    // Each event's "from" is the previous event's "to": the changes were applied one at a time.
    const titles: string[] = read.timeline.map((e: { title: string }) => e.title);
    for (let i = 1; i < titles.length; i++) {
      const previousTo = (titles[i - 1] as string).split(' to ')[1];
      expect((titles[i] as string).startsWith(`Status changed from ${previousTo} to `)).toBe(true);
    }

    const posts = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.call('POST', `/api/applications/${created.id}/timeline/`, { token: u.access, body: { event_type: 'note', title: `Event ${i}` } }),
      ),
    );
    expect(posts.map((r) => r.status)).toEqual(Array(10).fill(201));
    read = (await t.call('GET', `/api/applications/${created.id}/`, { token: u.access })).json;
    expect(read.timeline).toHaveLength(20);
    expect(new Set(read.timeline.slice(10).map((e: { title: string }) => e.title)).size).toBe(10);
  });

  it('keeps all 10 parallel timeline appends on a fresh application', async () => {
    const u = await newUser();
    const created = await create(u.access);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.call('POST', `/api/applications/${created.id}/timeline/`, { token: u.access, body: { event_type: 'note', title: `E${i}` } }),
      ),
    );
    const read = (await t.call('GET', `/api/applications/${created.id}/`, { token: u.access })).json;
    expect(read.timeline).toHaveLength(10);
  });
});

describe('GET /api/applications/stats/', () => {
  it('counts per status, a missing status keyed "None"', async () => {
    const u = await newUser();
    await create(u.access);
    await create(u.access);
    await create(u.access, { application: { status: 'offer' } });
    await insertRaw(u.user.id, 'ccccccccccccccccccccccc1');
    const res = await t.call('GET', '/api/applications/stats/', { token: u.access });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ total_applications: 4, status_breakdown: { applied: 2, offer: 1, None: 1 } });
    const empty = await newUser();
    expect((await t.call('GET', '/api/applications/stats/', { token: empty.access })).json).toEqual({
      total_applications: 0, status_breakdown: {},
    });
  });
});

describe('GET /api/applications/search/', () => {
  it('needs a term', async () => {
    const u = await newUser();
    for (const query of ['', '?q=', '?q=%20%20']) {
      const res = await t.call('GET', `/api/applications/search/${query}`, { token: u.access });
      expect(res.status, query).toBe(400);
      expect(res.json).toEqual({ error: 'Search term is required' });
    }
  });

  it('matches company name, job title or notes as literal case-insensitive text, newest first, unpaginated', async () => {
    const u = await newUser();
    const a = await create(u.access, { company: { name: 'Foo (US)' }, job: { title: 'Dev' } });
    const b = await create(u.access, { company: { name: 'Bar' }, job: { title: 'foo engineer' } });
    const c = await create(u.access, { company: { name: 'Baz' }, job: { title: 'Ops' }, notes: 'Met FOO at a meetup' });
    await create(u.access, { company: { name: 'Qux' }, job: { title: 'f.o' } });
    const res = await t.call('GET', '/api/applications/search/?q=foo', { token: u.access });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.json)).toBe(true);
    expect(res.json.map((r: { id: string }) => r.id)).toEqual([c.id, b.id, a.id]);
    expect(Object.keys(res.json[0])).toEqual(APPLICATION_KEYS);
    const paren = await t.call('GET', `/api/applications/search/?q=${encodeURIComponent('(us')}`, { token: u.access });
    expect(paren.json.map((r: { id: string }) => r.id)).toEqual([a.id]);
    const dot = await t.call('GET', `/api/applications/search/?q=${encodeURIComponent('f.o')}`, { token: u.access });
    expect(dot.json).toHaveLength(1);
    const other = await newUser();
    expect((await t.call('GET', '/api/applications/search/?q=foo', { token: other.access })).json).toEqual([]);
  });
});
