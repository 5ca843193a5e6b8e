import type { Application } from '@jobtracker/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATETIME } from '../test-support/contract-text.js';
import { createTestApp, type TestApp, type TestUser } from '../test-support/test-app.js';

const COMPANY_KEYS = [
  'id', 'user_id', 'name', 'website', 'industry', 'size', 'location', 'logo_url', 'description',
  'glassdoor_rating', 'notes', 'is_favorite', 'tags', 'contact_info', 'created_at', 'updated_at',
];
const WITH_COUNT_KEYS = [...COMPANY_KEYS.slice(0, 14), 'application_count', ...COMPANY_KEYS.slice(14)];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function createCompany(user: TestUser, body: Record<string, unknown>) {
  const res = await t.call('POST', '/api/companies/', { token: user.token, body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  return res.json as Record<string, any>;
}

let appSequence = 0;
/** Stores an application directly through the repository (the company linkage is by name). */
async function storeApplication(user: TestUser, patch: Partial<Application> & { companyName: string }): Promise<Application> {
  const { companyName, ...rest } = patch;
  appSequence += 1;
  const created = new Date(Date.UTC(2025, 0, 1, 0, 0, appSequence));
  const application: Application = {
    id: t.deps.ids.objectId(created),
    user_id: user.id,
    company: { name: companyName },
    job: { title: 'Engineer' },
    application: { status: 'applied' },
    timeline: [],
    attachments: [],
    is_favorite: false,
    created_at: created,
    updated_at: created,
    ...rest,
  };
  await t.deps.applications.create(application);
  return application;
}

const trpcQuery = (procedure: string, input: unknown, token: string) =>
  t.call('GET', `/trpc/companies.${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, { token });

describe('POST /api/companies/', () => {
  it('creates with every 2.4 default, 201, without application_count', async () => {
    const user = await t.newUser();
    const res = await t.call('POST', '/api/companies/', { token: user.token, body: { name: '  Google  ' } });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(COMPANY_KEYS);
    expect(res.json).toMatchObject({
      user_id: user.id, name: 'Google', website: '', industry: '', size: '', location: '', logo_url: '',
      description: '', glassdoor_rating: null, notes: '', is_favorite: false, tags: [], contact_info: {},
    });
    expect(res.json.id).toMatch(/^[0-9a-f]{24}$/);
    expect(res.json.created_at).toMatch(DATETIME);
    expect(res.json.updated_at).toBe(res.json.created_at);
  });

  it('keeps only the contact_info keys sent and coerces DRF-style', async () => {
    const user = await t.newUser();
    const company = await createCompany(user, {
      name: 'Acme', website: 'https://acme.example.com', glassdoor_rating: '4.5', is_favorite: 'yes',
      tags: ['remote', ' b2b '], contact_info: { recruiter_name: 'Ann', recruiter_email: '' },
    });
    expect(company).toMatchObject({
      glassdoor_rating: 4.5, is_favorite: true, tags: ['remote', 'b2b'],
      contact_info: { recruiter_name: 'Ann', recruiter_email: '' },
    });
    expect(Object.keys(company['contact_info'])).toEqual(['recruiter_name', 'recruiter_email']);
  });

  it('reports every field error together', async () => {
    const user = await t.newUser();
    const res = await t.call('POST', '/api/companies/', {
      token: user.token,
      body: {
        website: 'not a url', industry: 'x'.repeat(101), glassdoor_rating: 'NaN', tags: ['ok', '  '],
        contact_info: { recruiter_email: 'nope', recruiter_phone: '1'.repeat(21) },
      },
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      name: ['This field is required.'],
      website: ['Enter a valid URL.'],
      industry: ['Ensure this field has no more than 100 characters.'],
      glassdoor_rating: ['A valid number is required.'],
      tags: { '1': ['This field may not be blank.'] },
      contact_info: {
        recruiter_email: ['Enter a valid email address.'],
        recruiter_phone: ['Ensure this field has no more than 20 characters.'],
      },
    });
    const blank = await t.call('POST', '/api/companies/', { token: user.token, body: { name: '   ' } });
    expect(blank.json).toEqual({ name: ['This field may not be blank.'] });
  });

  it('refuses a duplicate name ignoring case, literally (metacharacters included), after validation', async () => {
    const user = await t.newUser();
    await createCompany(user, { name: 'Foo (US) [x]' });
    const dup = await t.call('POST', '/api/companies/', { token: user.token, body: { name: 'foo (us) [X]' } });
    expect(dup.status).toBe(400);
    expect(dup.json).toEqual({ error: 'Company with this name already exists' });
    // A substring or pattern-like name is not a duplicate.
    await createCompany(user, { name: 'Foo (US)' });
    await createCompany(user, { name: 'Foo .US. [x]' });
    // Validation wins over the duplicate check.
    const both = await t.call('POST', '/api/companies/', { token: user.token, body: { name: 'FOO (US) [X]', website: 'bad' } });
    expect(both.json).toEqual({ website: ['Enter a valid URL.'] });
    // Another user's company is no duplicate.
    const other = await t.newUser();
    await createCompany(other, { name: 'Foo (US) [x]' });
  });

  it('matches fixed segments before {id}: a wrong method on them is 405, never a detail route', async () => {
    const user = await t.newUser();
    for (const [method, path] of [['GET', 'sync'], ['DELETE', 'top'], ['PUT', 'search'], ['POST', 'industry-breakdown'], ['DELETE', 'autocomplete']]) {
      const res = await t.call(method as string, `/api/companies/${path}/`, { token: user.token, ...(method === 'PUT' || method === 'POST' ? { body: {} } : {}) });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.json).toEqual({ detail: `Method "${method}" not allowed.` });
    }
  });

  it('needs authentication', async () => {
    const res = await t.call('POST', '/api/companies/', { body: { name: 'X' } });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ detail: 'Authentication credentials were not provided.' });
  });
});

describe('GET/PUT/DELETE /api/companies/{id}/', () => {
  it('reads with application_count (exact, case-sensitive name match)', async () => {
    const user = await t.newUser();
    const company = await createCompany(user, { name: 'Initech' });
    await storeApplication(user, { companyName: 'Initech' });
    await storeApplication(user, { companyName: 'Initech' });
    await storeApplication(user, { companyName: 'initech' });
    const res = await t.call('GET', `/api/companies/${company['id']}/`, { token: user.token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(WITH_COUNT_KEYS);
    expect(res.json.application_count).toBe(2);
    const upper = await t.call('GET', `/api/companies/${String(company['id']).toUpperCase()}/`, { token: user.token });
    expect(upper.json.id).toBe(company['id']);
  });

  it('answers 400 for a malformed id and 404 for a missing or foreign one, on REST and tRPC', async () => {
    const user = await t.newUser();
    const other = await t.newUser();
    const foreign = await createCompany(other, { name: 'Theirs' });
    for (const method of ['GET', 'DELETE'] as const) {
      const bad = await t.call(method, '/api/companies/xyz/', { token: user.token });
      expect(bad.status).toBe(400);
      expect(bad.json).toEqual({ error: 'Invalid company ID' });
      const missing = await t.call(method, `/api/companies/${foreign['id']}/`, { token: user.token });
      expect(missing.status).toBe(404);
      expect(missing.json).toEqual({ error: 'Company not found' });
    }
    for (const sub of ['applications', 'stats']) {
      expect((await t.call('GET', `/api/companies/xyz/${sub}/`, { token: user.token })).status).toBe(400);
      expect((await t.call('GET', `/api/companies/${foreign['id']}/${sub}/`, { token: user.token })).status).toBe(404);
    }
    const trpcBad = await trpcQuery('get', { id: 'xyz' }, user.token);
    expect(trpcBad.status).toBe(400);
    expect(trpcBad.json.error.data.contract).toEqual({ error: 'Invalid company ID' });
    const trpcMissing = await trpcQuery('get', { id: foreign['id'] }, user.token);
    expect(trpcMissing.status).toBe(404);
    expect(trpcMissing.json.error.data.contract).toEqual({ error: 'Company not found' });
    const trpcOk = await trpcQuery('get', { id: foreign['id'] }, other.token);
    expect(trpcOk.json.result.data).toMatchObject({ name: 'Theirs', application_count: 0 });
  });

  it('PUT sets sent fields only, replaces tags and contact_info, skips the duplicate check', async () => {
    const user = await t.newUser();
    await createCompany(user, { name: 'Taken' });
    const company = await createCompany(user, {
      name: 'Mine', industry: 'Tech', tags: ['a', 'b'], contact_info: { recruiter_name: 'R', hr_contact: 'H' },
    });
    const res = await t.call('PUT', `/api/companies/${company['id']}/`, {
      token: user.token,
      body: { name: 'TAKEN', tags: ['c'], contact_info: { recruiter_phone: '123' }, glassdoor_rating: null },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(COMPANY_KEYS);
    expect(res.json).toMatchObject({ name: 'TAKEN', industry: 'Tech', tags: ['c'], contact_info: { recruiter_phone: '123' }, glassdoor_rating: null });
    expect(res.json.contact_info).toEqual({ recruiter_phone: '123' });
    expect(res.json.created_at).toBe(company['created_at']);
  });

  it('PUT checks the body, then the id, then existence', async () => {
    const user = await t.newUser();
    const invalid = await t.call('PUT', '/api/companies/xyz/', { token: user.token, body: { name: '' } });
    expect(invalid.json).toEqual({ name: ['This field may not be blank.'] });
    const badId = await t.call('PUT', '/api/companies/xyz/', { token: user.token, body: { name: 'ok' } });
    expect(badId.json).toEqual({ error: 'Invalid company ID' });
    const missing = await t.call('PUT', `/api/companies/${'a'.repeat(24)}/`, { token: user.token, body: {} });
    expect(missing.status).toBe(404);
  });

  it('DELETE answers 204 and leaves applications alone', async () => {
    const user = await t.newUser();
    const company = await createCompany(user, { name: 'Gone' });
    await storeApplication(user, { companyName: 'Gone' });
    const res = await t.call('DELETE', `/api/companies/${company['id']}/`, { token: user.token });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await t.call('GET', `/api/companies/${company['id']}/`, { token: user.token })).status).toBe(404);
    expect((await t.deps.applications.countByCompanyNames(user.id, ['Gone'])).get('Gone')).toBe(1);
  });
});

describe('GET /api/companies/', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await t.newUser();
    await createCompany(user, { name: 'beta', industry: 'Software', location: 'Berlin', tags: ['remote'], is_favorite: true });
    await createCompany(user, { name: 'Alpha', industry: 'FinTech', location: 'London', tags: [' b'] });
    await createCompany(user, { name: 'Zeta', industry: 'software services', location: 'Paris (FR)', tags: ['b', 'onsite'] });
    await createCompany(user, { name: 'alpha two', industry: 'Retail', location: 'berlin' });
    await storeApplication(user, { companyName: 'Zeta' });
    await storeApplication(user, { companyName: 'Zeta' });
    await storeApplication(user, { companyName: 'beta' });
  });

  const names = (res: { json: any }) => (res.json.results as Array<{ name: string }>).map((c) => c.name);

  it('sorts by code point (uppercase first) with counts, in the envelope', async () => {
    const res = await t.call('GET', '/api/companies/', { token: user.token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['count', 'next', 'previous', 'results']);
    expect(res.json).toMatchObject({ count: 4, next: null, previous: null });
    expect(names(res)).toEqual(['Alpha', 'Zeta', 'alpha two', 'beta']);
    expect(Object.keys(res.json.results[0])).toEqual(WITH_COUNT_KEYS);
    expect(res.json.results.map((c: any) => c.application_count)).toEqual([0, 2, 0, 1]);
  });

  it('filters by industry/location substring, favorites and any tag (not trimmed)', async () => {
    const q = async (query: string) => names(await t.call('GET', `/api/companies/?${query}`, { token: user.token }));
    expect(await q('industry=SOFTWARE')).toEqual(['Zeta', 'beta']);
    expect(await q('location=berlin')).toEqual(['alpha two', 'beta']);
    expect(await q('location=(FR)')).toEqual(['Zeta']);
    expect(await q('industry=.*')).toEqual([]);
    expect(await q('is_favorite=TRUE')).toEqual(['beta']);
    expect(await q('is_favorite=no')).toEqual(['Alpha', 'Zeta', 'alpha two']);
    expect(await q('is_favorite=')).toHaveLength(4);
    expect(await q('tags=remote,onsite')).toEqual(['Zeta', 'beta']);
    // Input tags are trimmed on write (" b" is stored as "b"); query tags are not trimmed.
    expect(await q('tags=b')).toEqual(['Alpha', 'Zeta']);
    expect(await q(`tags=${encodeURIComponent(' b')}`)).toEqual([]);
    expect(await q(`tags=${encodeURIComponent('remote, onsite')}`)).toEqual(['beta']);
  });

  it('paginates with page numbers', async () => {
    const first = await t.call('GET', '/api/companies/?page=1&page_size=3', { token: user.token });
    expect(first.json).toMatchObject({ count: 4, next: 2, previous: null });
    expect(names(first)).toEqual(['Alpha', 'Zeta', 'alpha two']);
    const second = await t.call('GET', '/api/companies/?page=2&page_size=3', { token: user.token });
    expect(second.json).toMatchObject({ count: 4, next: null, previous: 1 });
    expect(names(second)).toEqual(['beta']);
    const past = await t.call('GET', '/api/companies/?page=5&page_size=3', { token: user.token });
    expect(past.json).toMatchObject({ count: 4, next: null, previous: 4, results: [] });
    const all = await t.call('GET', '/api/companies/?page_size=0', { token: user.token });
    expect(all.json).toMatchObject({ count: 4, next: null });
    expect(names(all)).toHaveLength(4);
    // Above the cap of 100 the page is served at the cap, as an old client still pages through.
    const huge = await t.call('GET', '/api/companies/?page_size=5000', { token: user.token });
    expect(huge.status).toBe(200);
    expect(names(huge)).toHaveLength(4);
  });

  it('answers 400 with a field error for bad page parameters', async () => {
    const cases: Array<[string, Record<string, string[]>]> = [
      ['page=abc', { page: ['A valid integer is required.'] }],
      ['page=0', { page: ['Ensure this value is greater than or equal to 1.'] }],
      ['page_size=-1', { page_size: ['Ensure this value is greater than or equal to 0.'] }],
      ['page_size=1.5', { page_size: ['A valid integer is required.'] }],
    ];
    for (const [query, body] of cases) {
      const res = await t.call('GET', `/api/companies/?${query}`, { token: user.token });
      expect(res.status, query).toBe(400);
      expect(res.json, query).toEqual(body);
    }
  });
});

describe('search and autocomplete', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await t.newUser();
    await createCompany(user, { name: 'Google', industry: 'Technology', location: 'Mountain View, CA' });
    await createCompany(user, { name: 'goodyear', industry: 'Tires' });
    await createCompany(user, { name: 'Shopify', industry: 'E-commerce (go)', location: 'Ottawa' });
    await createCompany(user, { name: 'Go.od' });
    await storeApplication(user, { companyName: 'Google' });
  });

  it('search needs q, matches name/industry/location literally, sorted, with counts', async () => {
    const missing = await t.call('GET', '/api/companies/search/', { token: user.token });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ error: 'Search term is required' });
    expect((await t.call('GET', '/api/companies/search/?q=', { token: user.token })).status).toBe(400);
    const res = await t.call('GET', '/api/companies/search/?q=GO', { token: user.token });
    expect(res.status).toBe(200);
    expect(res.json.map((c: any) => c.name)).toEqual(['Go.od', 'Google', 'Shopify', 'goodyear']);
    expect(Object.keys(res.json[0])).toEqual(WITH_COUNT_KEYS);
    expect(res.json.find((c: any) => c.name === 'Google').application_count).toBe(1);
    const literal = await t.call('GET', `/api/companies/search/?q=${encodeURIComponent('(go')}`, { token: user.token });
    expect(literal.json.map((c: any) => c.name)).toEqual(['Shopify']);
    expect((await t.call('GET', '/api/companies/search/?q=go.o', { token: user.token })).json.map((c: any) => c.name)).toEqual(['Go.od']);
  });

  it('autocomplete: prefix, sorted, limited, "" fallbacks, [] for empty q, 400 for a bad limit', async () => {
    expect((await t.call('GET', '/api/companies/autocomplete/', { token: user.token })).json).toEqual([]);
    const res = await t.call('GET', '/api/companies/autocomplete/?q=go', { token: user.token });
    expect(res.json.map((c: any) => c.name)).toEqual(['Go.od', 'Google', 'goodyear']);
    expect(res.json[0]).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), name: 'Go.od', industry: '', location: '' });
    expect(Object.keys(res.json[1])).toEqual(['id', 'name', 'industry', 'location']);
    expect((await t.call('GET', '/api/companies/autocomplete/?q=go&limit=2', { token: user.token })).json).toHaveLength(2);
    expect((await t.call('GET', '/api/companies/autocomplete/?q=go&limit=0', { token: user.token })).json).toHaveLength(3);
    const bad = await t.call('GET', '/api/companies/autocomplete/?q=go&limit=ten', { token: user.token });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ limit: ['A valid integer is required.'] });
  });
});

describe('POST /api/companies/sync/', () => {
  it('creates one company per application company name without a case-insensitive match', async () => {
    const user = await t.newUser();
    await createCompany(user, { name: 'Existing' });
    await storeApplication(user, { companyName: 'existing' });
    await storeApplication(user, {
      companyName: 'NewCo',
      company: { name: 'NewCo', website: 'https://newco.example.com', industry: 'AI', size: '10', location: 'Remote', logo_url: '' },
    });
    await storeApplication(user, { companyName: 'NewCo', company: { name: 'NewCo', industry: 'Later copy' } });
    await storeApplication(user, { companyName: 'Other' });
    await storeApplication(user, { companyName: 'OTHER' });

    const res = await t.call('POST', '/api/companies/sync/', { token: user.token, body: { ignored: true } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ message: 'Successfully synced 2 companies', created_count: 2 });

    const list = await t.call('GET', '/api/companies/', { token: user.token });
    expect(list.json.results.map((c: any) => c.name)).toEqual(['Existing', 'NewCo', 'Other']);
    const newCo = list.json.results[1];
    expect(newCo).toMatchObject({
      website: 'https://newco.example.com', industry: 'AI', size: '10', location: 'Remote', logo_url: '',
      description: '', notes: '', glassdoor_rating: null, is_favorite: false, tags: [], contact_info: {}, application_count: 2,
    });

    const again = await t.call('POST', '/api/companies/sync/', { token: user.token });
    expect(again.json).toEqual({ message: 'Successfully synced 0 companies', created_count: 0 });
  });
});

describe('industry breakdown and top', () => {
  it('groups companies by industry, "" and missing both labelled Unknown, most first', async () => {
    const user = await t.newUser();
    await createCompany(user, { name: 'A', industry: 'Tech' });
    await createCompany(user, { name: 'B', industry: 'Tech' });
    await createCompany(user, { name: 'C' });
    await createCompany(user, { name: 'D', industry: 'Retail' });
    await t.deps.companies.create({ id: t.deps.ids.objectId(new Date()), user_id: user.id, name: 'E' });
    const res = await t.call('GET', '/api/companies/industry-breakdown/', { token: user.token });
    expect(res.status).toBe(200);
    expect(res.json).toEqual([
      { industry: 'Tech', count: 2 },
      { industry: 'Unknown', count: 1 },
      { industry: 'Unknown', count: 1 },
      { industry: 'Retail', count: 1 },
    ]);
    // The stored-without-defaults company renders with the documented fallbacks.
    const list = await t.call('GET', '/api/companies/?page_size=10', { token: user.token });
    const bare = list.json.results.find((c: any) => c.name === 'E');
    expect(Object.keys(bare)).toEqual(['id', 'user_id', 'name', 'glassdoor_rating', 'is_favorite', 'tags', 'application_count', 'created_at', 'updated_at']);
    expect(bare).toMatchObject({ glassdoor_rating: null, is_favorite: false, tags: [], created_at: null });
  });

  it('top: count > 0, count descending, stable, sliced like Python', async () => {
    const user = await t.newUser();
    for (const name of ['One', 'TwoA', 'None', 'Three', 'TwoB']) await createCompany(user, { name });
    const counts: Record<string, number> = { One: 1, TwoA: 2, Three: 3, TwoB: 2 };
    for (const [name, count] of Object.entries(counts)) {
      for (let i = 0; i < count; i++) await storeApplication(user, { companyName: name });
    }
    const top = async (query = '') => (await t.call('GET', `/api/companies/top/${query}`, { token: user.token })).json;
    const all = await top();
    expect(all.map((c: any) => [c.name, c.application_count])).toEqual([['Three', 3], ['TwoA', 2], ['TwoB', 2], ['One', 1]]);
    expect(Object.keys(all[0])).toEqual(WITH_COUNT_KEYS);
    expect((await top('?limit=2')).map((c: any) => c.name)).toEqual(['Three', 'TwoA']);
    expect(await top('?limit=0')).toEqual([]);
    expect((await top('?limit=-1')).map((c: any) => c.name)).toEqual(['Three', 'TwoA', 'TwoB']);
    const bad = await t.call('GET', '/api/companies/top/?limit=x', { token: user.token });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ limit: ['A valid integer is required.'] });
  });
});

describe('a company\'s applications and stats', () => {
  it('lists exact-name applications newest first, company without application_count', async () => {
    const user = await t.newUser();
    const company = await createCompany(user, { name: 'Acme' });
    const older = await storeApplication(user, { companyName: 'Acme' });
    const newer = await storeApplication(user, { companyName: 'Acme' });
    await storeApplication(user, { companyName: 'ACME' });
    const res = await t.call('GET', `/api/companies/${company['id']}/applications/`, { token: user.token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['company', 'applications']);
    expect(Object.keys(res.json.company)).toEqual(COMPANY_KEYS);
    expect(res.json.applications.map((a: any) => a.id)).toEqual([newer.id, older.id]);
    expect(res.json.applications[0]).toMatchObject({ user_id: user.id, company: { name: 'Acme' }, job: { title: 'Engineer' } });
  });

  it('computes total, status breakdown and the 1-decimal average response time', async () => {
    const user = await t.newUser();
    const company = await createCompany(user, { name: 'Acme' });
    const d = (iso: string) => new Date(iso);
    // 3.5 days -> 3 whole days (the same-day "applied" event never counts).
    await storeApplication(user, {
      companyName: 'Acme',
      application: { status: 'applied', applied_date: d('2025-01-01T00:00:00Z') },
      timeline: [{ date: d('2025-01-01T00:00:00Z'), event_type: 'applied' }, { date: d('2025-01-04T12:00:00Z'), event_type: 'screening' }],
    });
    // 10 days.
    await storeApplication(user, {
      companyName: 'Acme',
      application: { status: 'rejected', applied_date: d('2025-01-10T00:00:00Z') },
      timeline: [{ date: d('2025-01-20T00:00:00Z'), event_type: 'rejected' }],
    });
    // No timeline: skipped.
    await storeApplication(user, { companyName: 'Acme', application: { status: 'applied', applied_date: d('2025-01-15T00:00:00Z') } });
    // No status (keyed "None"), 1.25 days -> 1.
    await storeApplication(user, {
      companyName: 'Acme',
      application: { applied_date: d('2025-01-30T00:00:00Z') },
      timeline: [{ date: d('2025-01-31T06:00:00Z'), event_type: 'screening' }],
    });
    // Different case: not this company's.
    await storeApplication(user, { companyName: 'acme', application: { status: 'offer' } });

    const res = await t.call('GET', `/api/companies/${company['id']}/stats/`, { token: user.token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['company', 'total_applications', 'status_breakdown', 'average_response_time']);
    expect(Object.keys(res.json.company)).toEqual(COMPANY_KEYS);
    expect(res.json.total_applications).toBe(4);
    expect(res.json.status_breakdown).toEqual({ applied: 2, rejected: 1, None: 1 });
    // (3 + 10 + 1) / 3 = 4.666... -> 4.7
    expect(res.json.average_response_time).toBe(4.7);

    const empty = await createCompany(user, { name: 'Empty' });
    const none = await t.call('GET', `/api/companies/${empty['id']}/stats/`, { token: user.token });
    expect(none.json).toMatchObject({ total_applications: 0, status_breakdown: {}, average_response_time: 0 });
  });
});
