import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATETIME } from '../test-support/contract-text.js';
import { APPLICATION_BODY } from '../test-support/openapi-cases.js';
import { createTestApp, type TestApp, type TestUser } from '../test-support/test-app.js';

const CONTACT_KEYS = [
  'id', 'user_id', 'name', 'role', 'company', 'email', 'phone', 'profile_url', 'notes',
  'application_ids', 'interactions', 'last_contacted', 'created_at', 'updated_at',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const as = (user: TestUser) => ({
  get: (path: string) => t.call('GET', path, { token: user.token }),
  post: (path: string, body?: unknown) => t.call('POST', path, { token: user.token, ...(body === undefined ? {} : { body }) }),
  put: (path: string, body: unknown) => t.call('PUT', path, { token: user.token, body }),
  patch: (path: string, body: unknown) => t.call('PATCH', path, { token: user.token, body }),
  delete: (path: string) => t.call('DELETE', path, { token: user.token }),
});

async function createContact(user: TestUser, body: Record<string, unknown>) {
  const res = await as(user).post('/api/contacts/', body);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  return res.json as Record<string, any>;
}

async function createApplication(user: TestUser, name = 'Acme') {
  const res = await as(user).post('/api/applications/', { ...APPLICATION_BODY, company: { name } });
  return res.json.id as string;
}

describe('contacts over REST', () => {
  it('creates, reads, updates with PUT and PATCH, and deletes, in the documented key order', async () => {
    const user = await t.newUser();
    const created = await createContact(user, { name: ' Grace Hopper ', role: 'Recruiter', email: 'grace@example.com', user_id: 999 });
    expect(Object.keys(created)).toEqual(CONTACT_KEYS);
    expect(created).toMatchObject({
      user_id: user.id, name: 'Grace Hopper', role: 'Recruiter', company: '', email: 'grace@example.com', phone: '',
      profile_url: '', notes: '', application_ids: [], interactions: [], last_contacted: null,
    });
    expect(created.created_at).toMatch(DATETIME);
    const path = `/api/contacts/${created.id}/`;
    expect((await as(user).get(path)).json).toEqual(created);
    expect((await as(user).get(path.toUpperCase().replace('/API/CONTACTS/', '/api/contacts/'))).status).toBe(200);

    const put = await as(user).put(path, { company: 'Navy', phone: '+1 555 0100' });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ name: 'Grace Hopper', company: 'Navy', phone: '+1 555 0100', role: 'Recruiter' });
    const patched = await as(user).patch(path, { role: '' });
    expect(patched.json).toMatchObject({ role: '', company: 'Navy' });

    expect((await as(user).delete(path)).status).toBe(204);
    expect(await as(user).get(path)).toMatchObject({ status: 404, json: { error: 'Contact not found' } });
    expect(await as(user).delete(path)).toMatchObject({ status: 404, json: { error: 'Contact not found' } });
  });

  it('refuses bad input with field errors and bad ids with the contact texts, writing nothing', async () => {
    const user = await t.newUser();
    const bad = await as(user).post('/api/contacts/', { name: '', email: 'grace@', profile_url: 'linkedin' });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      name: ['This field may not be blank.'],
      email: ['Enter a valid email address.'],
      profile_url: ['Enter a valid URL.'],
    });
    expect(await as(user).get('/api/contacts/not-an-id/')).toMatchObject({ status: 400, json: { error: 'Invalid contact ID' } });
    expect(await as(user).put('/api/contacts/not-an-id/', { name: 'x' })).toMatchObject({ status: 400, json: { error: 'Invalid contact ID' } });
    expect((await as(user).get('/api/contacts/')).json.count).toBe(0);
  });

  it('lists by name with pages, and searches name, company, role and email literally', async () => {
    const user = await t.newUser();
    for (const body of [
      { name: 'zoe', company: 'Initech' },
      { name: 'Ada', role: 'Hiring manager' },
      { name: 'Linus', email: 'linus@globex.example' },
      { name: 'Ann', company: '100% remote' },
    ]) {
      await createContact(user, body);
    }
    const page = await as(user).get('/api/contacts/?page_size=2');
    expect(page.json).toMatchObject({ count: 4, next: 2, previous: null });
    expect(page.json.results.map((contact: { name: string }) => contact.name)).toEqual(['Ada', 'Ann']);
    expect((await as(user).get('/api/contacts/?page=2&page_size=2')).json.results.map((contact: { name: string }) => contact.name)).toEqual(['Linus', 'zoe']);
    const names = async (q: string) => (await as(user).get(`/api/contacts/?q=${encodeURIComponent(q)}`)).json.results.map((contact: { name: string }) => contact.name);
    expect(await names('HIRING')).toEqual(['Ada']);
    expect(await names('globex')).toEqual(['Linus']);
    expect(await names('%')).toEqual(['Ann']);
    expect(await names('_')).toEqual([]);
    expect((await as(user).get('/api/contacts/?page=0')).status).toBe(400);
  });

  it('links and unlinks applications both ways, logs interactions, and forgets a deleted application', async () => {
    const user = await t.newUser();
    const grace = await createContact(user, { name: 'Grace' });
    const linus = await createContact(user, { name: 'Linus' });
    const first = await createApplication(user, 'Acme');
    const second = await createApplication(user, 'Globex');
    const link = (contact: string, application: string) => as(user).post(`/api/contacts/${contact}/applications/${application}/`);

    expect((await link(grace.id, first)).json.application_ids).toEqual([first]);
    expect((await link(grace.id, second)).json.application_ids).toEqual([first, second]);
    expect((await link(grace.id, first)).json.application_ids).toEqual([first, second]);
    await link(linus.id, first);
    const ofContact = await as(user).get(`/api/contacts/${grace.id}/applications/`);
    expect(ofContact.json.map((application: { company: { name: string } }) => application.company.name)).toEqual(['Acme', 'Globex']);
    const ofApplication = await as(user).get(`/api/applications/${first}/contacts/`);
    expect(ofApplication.json.map((contact: { name: string }) => contact.name)).toEqual(['Grace', 'Linus']);
    expect((await as(user).get(`/api/contacts/?application=${first}`)).json.count).toBe(2);

    const unlinked = await as(user).delete(`/api/contacts/${linus.id}/applications/${first}/`);
    expect(unlinked).toMatchObject({ status: 200, json: { application_ids: [] } });
    expect(await link(grace.id, 'a'.repeat(24))).toMatchObject({ status: 404, json: { error: 'Application not found' } });
    expect(await link(grace.id, 'nope')).toMatchObject({ status: 400, json: { error: 'Invalid application ID' } });

    const logged = await as(user).post(`/api/contacts/${grace.id}/interactions/`, { channel: 'phone', date: '2025-05-02T10:00:00Z', note: 'Intro call' });
    expect(logged.status).toBe(201);
    await as(user).post(`/api/contacts/${grace.id}/interactions/`, { channel: 'email', date: '2025-05-01T08:00:00Z' });
    const withLog = (await as(user).get(`/api/contacts/${grace.id}/`)).json;
    expect(withLog.interactions).toEqual([
      { date: '2025-05-01 08:00:00', channel: 'email', note: '' },
      { date: '2025-05-02 10:00:00', channel: 'phone', note: 'Intro call' },
    ]);
    expect(withLog.last_contacted).toBe('2025-05-02 10:00:00');
    expect((await as(user).post(`/api/contacts/${grace.id}/interactions/`, { channel: 'pigeon' })).json).toEqual({
      channel: ['Channel must be one of: email, phone, video, meeting, linkedin, message, event, other'],
    });
    const removed = await as(user).delete(`/api/contacts/${grace.id}/interactions/1/`);
    expect(removed.json).toMatchObject({ last_contacted: '2025-05-01 08:00:00' });
    expect((await as(user).delete(`/api/contacts/${grace.id}/interactions/5/`)).json).toEqual({ index: ['No interaction at this index.'] });

    expect((await as(user).delete(`/api/applications/${first}/`)).status).toBe(204);
    expect((await as(user).get(`/api/contacts/${grace.id}/`)).json.application_ids).toEqual([second]);
    expect(await as(user).get(`/api/applications/${first}/contacts/`)).toMatchObject({ status: 404 });
  });

  it('shows and touches only the owner’s contacts', async () => {
    const alice = await t.newUser();
    const bob = await t.newUser();
    const grace = await createContact(alice, { name: 'Grace' });
    const bobsApplication = await createApplication(bob);
    const path = `/api/contacts/${grace.id}/`;
    expect((await as(bob).get(path)).status).toBe(404);
    expect((await as(bob).put(path, { name: 'Mine' })).status).toBe(404);
    expect((await as(bob).delete(path)).status).toBe(404);
    expect((await as(bob).post(`${path}interactions/`, { channel: 'email' })).status).toBe(404);
    expect((await as(bob).get('/api/contacts/')).json.count).toBe(0);
    // Alice cannot link Bob's application, nor read its contacts.
    expect((await as(alice).post(`${path}applications/${bobsApplication}/`)).status).toBe(404);
    expect((await as(alice).get(`/api/applications/${bobsApplication}/contacts/`)).status).toBe(404);
    expect((await as(alice).get(path)).json.name).toBe('Grace');
  });
});

describe('contacts over tRPC', () => {
  const query = (user: TestUser, procedure: string, input: unknown) =>
    t.call('GET', `/trpc/contacts.${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, { token: user.token });
  const mutate = (user: TestUser, procedure: string, input: unknown) => t.call('POST', `/trpc/contacts.${procedure}`, { token: user.token, body: input });

  it('serves the same procedures, errors carrying the contract body', async () => {
    const user = await t.newUser();
    const created = await mutate(user, 'create', { name: 'Grace', company: 'Navy' });
    expect(created.json.result.data).toMatchObject({ name: 'Grace', company: 'Navy', application_ids: [] });
    const id = created.json.result.data.id as string;
    const application = await createApplication(user);
    await mutate(user, 'link', { id, application_id: application });
    expect((await query(user, 'ofApplication', { id: application })).json.result.data.map((contact: { id: string }) => contact.id)).toEqual([id]);
    expect((await query(user, 'list', { q: 'nav' })).json.result.data.count).toBe(1);
    const missing = await query(user, 'get', { id: 'b'.repeat(24) });
    expect(missing.status).toBe(404);
    expect(missing.json.error.data).toMatchObject({ httpStatus: 404, contract: { error: 'Contact not found' } });
  });
});
