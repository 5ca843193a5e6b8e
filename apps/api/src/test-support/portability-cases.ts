/** Representative requests for the contacts, import, account and proof-of-search operations, in
 * the shape of openapi-cases.ts (the response-schema test reads both). */
import type { Case, CaseEnv } from './openapi-cases.js';

const MISSING_ID = 'b'.repeat(24);
const HOST = 'tracker.example';

const get = (path: string): Case['send'] => ({ t, user }) => t.call('GET', path, { token: user.access });
const as = (method: string, path: (env: CaseEnv) => string, body?: unknown): Case['send'] => (env) =>
  env.t.call(method, path(env), { token: env.user.access, ...(body === undefined ? {} : { body }) });

/** A contact of the main user, linked to its application. */
async function aContact(env: CaseEnv): Promise<string> {
  const created = await env.t.call('POST', '/api/contacts/', { token: env.user.access, body: { name: `Grace ${Date.now()}`, role: 'Recruiter' } });
  await env.t.call('POST', `/api/contacts/${created.json.id}/applications/${env.applicationId}/`, { token: env.user.access });
  return created.json.id as string;
}

const withContact = (method: string, path: (id: string, env: CaseEnv) => string, body?: unknown): Case['send'] => async (env) => {
  const id = await aContact(env);
  return as(method, () => path(id, env), body)(env);
};

function fileForm(content: string | Uint8Array, name: string): FormData {
  const form = new FormData();
  form.append('file', new File([content], name, { type: 'application/octet-stream' }));
  return form;
}

const CSV = 'Company,Job Title,Status,Applied Date\nAcme,Developer,Applied,2025-01-15\n';
const postCsv = (path: string, content = CSV): Case['send'] => (env) => env.t.call('POST', path, { token: env.user.access, rawBody: fileForm(content, 'jobs.csv') });

/** The archive of the main user's account. */
async function archiveOf(env: CaseEnv): Promise<Uint8Array> {
  const response = await env.t.app.request('/api/account/export/', { headers: { Authorization: `Bearer ${env.user.access}` } });
  return new Uint8Array(await response.arrayBuffer());
}

/** A web-session request from another origin: refused before anything is read. */
const crossSite = (path: string, content: Uint8Array | string): Case['send'] => async (env) => {
  const fresh = await env.freshUser();
  const login = await env.t.app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Host: HOST, Origin: `https://${HOST}` },
    body: JSON.stringify({ email: fresh.email, password: fresh.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return env.t.call('POST', path, { headers: { Host: HOST, Cookie: cookie, Origin: 'https://evil.example' }, rawBody: fileForm(content, 'upload') });
};

const PERIOD = 'from=2025-01-01&to=2025-01-31&time_zone=Europe/Berlin&locale=de-DE';

export const PORTABILITY_CASES: Record<string, Case[]> = {
  'GET /api/contacts/': [
    { status: 200, send: async (env) => { await aContact(env); return get('/api/contacts/?q=grace&page_size=5')(env); } },
    { status: 400, send: get('/api/contacts/?page=0') },
  ],
  'POST /api/contacts/': [
    { status: 201, send: as('POST', () => '/api/contacts/', { name: 'Ada', email: 'ada@example.com', profile_url: 'https://www.linkedin.com/in/ada' }) },
    { status: 400, send: as('POST', () => '/api/contacts/', { name: '' }) },
  ],
  'GET /api/contacts/{id}/': [
    { status: 200, send: withContact('GET', (id) => `/api/contacts/${id}/`) },
    { status: 400, send: get('/api/contacts/not-an-id/') },
    { status: 404, send: get(`/api/contacts/${MISSING_ID}/`) },
  ],
  'PUT /api/contacts/{id}/': [
    { status: 200, send: withContact('PUT', (id) => `/api/contacts/${id}/`, { company: 'Navy' }) },
    { status: 400, send: withContact('PUT', (id) => `/api/contacts/${id}/`, { email: 'nope' }) },
    { status: 404, send: as('PUT', () => `/api/contacts/${MISSING_ID}/`, { company: 'x' }) },
  ],
  'PATCH /api/contacts/{id}/': [
    { status: 200, send: withContact('PATCH', (id) => `/api/contacts/${id}/`, { notes: 'Met at a meetup' }) },
    { status: 404, send: as('PATCH', () => `/api/contacts/${MISSING_ID}/`, { notes: 'x' }) },
  ],
  'DELETE /api/contacts/{id}/': [
    { status: 204, send: withContact('DELETE', (id) => `/api/contacts/${id}/`) },
    { status: 404, send: as('DELETE', () => `/api/contacts/${MISSING_ID}/`) },
  ],
  'POST /api/contacts/{id}/applications/{application_id}/': [
    { status: 200, send: withContact('POST', (id, env) => `/api/contacts/${id}/applications/${env.applicationId}/`) },
    { status: 400, send: withContact('POST', (id) => `/api/contacts/${id}/applications/not-an-id/`) },
    { status: 404, send: withContact('POST', (id) => `/api/contacts/${id}/applications/${MISSING_ID}/`) },
  ],
  'DELETE /api/contacts/{id}/applications/{application_id}/': [
    { status: 200, send: withContact('DELETE', (id, env) => `/api/contacts/${id}/applications/${env.applicationId}/`) },
    { status: 404, send: as('DELETE', (env) => `/api/contacts/${MISSING_ID}/applications/${env.applicationId}/`) },
  ],
  'GET /api/contacts/{id}/applications/': [
    { status: 200, send: withContact('GET', (id) => `/api/contacts/${id}/applications/`) },
    { status: 404, send: get(`/api/contacts/${MISSING_ID}/applications/`) },
  ],
  'GET /api/applications/{id}/contacts/': [
    { status: 200, send: async (env) => { await aContact(env); return as('GET', (e) => `/api/applications/${e.applicationId}/contacts/`)(env); } },
    { status: 400, send: get('/api/applications/not-an-id/contacts/') },
    { status: 404, send: get(`/api/applications/${MISSING_ID}/contacts/`) },
  ],
  'POST /api/contacts/{id}/interactions/': [
    { status: 201, send: withContact('POST', (id) => `/api/contacts/${id}/interactions/`, { channel: 'phone', date: '2025-05-01T10:00:00Z', note: 'Intro' }) },
    { status: 400, send: withContact('POST', (id) => `/api/contacts/${id}/interactions/`, { channel: 'pigeon' }) },
    { status: 404, send: as('POST', () => `/api/contacts/${MISSING_ID}/interactions/`, { channel: 'email' }) },
  ],
  'DELETE /api/contacts/{id}/interactions/{index}/': [
    { status: 200, send: async (env) => { const id = await aContact(env); await as('POST', () => `/api/contacts/${id}/interactions/`, { channel: 'email' })(env); return as('DELETE', () => `/api/contacts/${id}/interactions/0/`)(env); } },
    { status: 400, send: withContact('DELETE', (id) => `/api/contacts/${id}/interactions/3/`) },
  ],

  'POST /api/import/applications/preview/': [
    { status: 200, send: postCsv('/api/import/applications/preview/') },
    { status: 400, send: postCsv('/api/import/applications/preview/', 'Company,Job Title\nAcme,"Dev\n') },
    { status: 403, send: crossSite('/api/import/applications/preview/', CSV) },
  ],
  'POST /api/import/applications/': [
    { status: 200, send: postCsv('/api/import/applications/') },
    { status: 400, send: (env) => env.t.call('POST', '/api/import/applications/', { token: env.user.access, rawBody: new FormData() }) },
  ],

  'GET /api/account/export/': [{ status: 200, send: get('/api/account/export/') }],
  'POST /api/account/restore/': [
    { status: 200, send: async (env) => { const archive = await archiveOf(env); const fresh = await env.freshUser(); return env.t.call('POST', '/api/account/restore/', { token: fresh.access, rawBody: fileForm(archive, 'backup.zip') }); } },
    { status: 400, send: async (env) => { const fresh = await env.freshUser(); return env.t.call('POST', '/api/account/restore/', { token: fresh.access, rawBody: fileForm('not a zip', 'backup.zip') }); } },
    { status: 403, send: crossSite('/api/account/restore/', 'not a zip') },
    { status: 409, send: async (env) => env.t.call('POST', '/api/account/restore/', { token: env.user.access, rawBody: fileForm(await archiveOf(env), 'backup.zip') }) },
  ],
  'POST /api/account/delete/': [
    { status: 200, send: async (env) => { const fresh = await env.freshUser(); return env.t.call('POST', '/api/account/delete/', { token: fresh.access, body: { password: fresh.password } }); } },
    { status: 400, send: as('POST', () => '/api/account/delete/', { password: 'not the password' }) },
  ],

  'GET /api/proof-of-search/': [
    { status: 200, send: get(`/api/proof-of-search/?${PERIOD}`) },
    { status: 400, send: get('/api/proof-of-search/?from=2025-02-30&to=2025-01-31') },
  ],
  'GET /api/proof-of-search/csv/': [
    { status: 200, send: get(`/api/proof-of-search/csv/?${PERIOD}`) },
    { status: 400, send: get('/api/proof-of-search/csv/?from=2025-01-01') },
  ],
  'GET /api/proof-of-search/pdf/': [
    { status: 200, send: get(`/api/proof-of-search/pdf/?${PERIOD}`) },
    { status: 400, send: get('/api/proof-of-search/pdf/?from=2025-01-01&to=2025-01-31&locale=%20') },
  ],
};
