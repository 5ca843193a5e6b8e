/** A representative request for every documented operation (success, and errors where cheap),
 * keyed by `METHOD path` as the OpenAPI document writes it. The response-schema test fails for
 * any documented operation without a case here. */
import type { TestApp } from './test-app.js';

type Called = Awaited<ReturnType<TestApp['call']>>;
type User = Awaited<ReturnType<TestApp['registerUser']>>;

export type CaseEnv = {
  t: TestApp;
  /** The main user, with an application (`applicationId`) and a company (`companyId`). */
  user: User;
  applicationId: string;
  companyId: string;
  /** A fresh user for operations that end sessions or change passwords. */
  freshUser: () => Promise<User>;
  upload: (path: string, token: string, name?: string) => Promise<Called>;
};

export type Case = { status: number; send: (env: CaseEnv) => Promise<Called> };

const MISSING_ID = 'a'.repeat(24);

export const APPLICATION_BODY = {
  company: { name: 'Acme', website: 'https://acme.example', industry: 'Technology', location: 'Remote' },
  job: { title: 'Backend Developer', salary_min: 80000, salary_max: 120000, employment_type: 'full-time' },
  application: { source: 'LinkedIn', status: 'interview', applied_date: '2025-01-15T10:00:00Z' },
  requirements: { skills_required: ['TypeScript', 'SQL'], years_experience: 2 },
  notes: 'Interesting',
};

const get = (path: string): Case['send'] => ({ t, user }) => t.call('GET', path, { token: user.access });

/** Sends with the main user's token. */
const as = (method: string, path: (env: CaseEnv) => string, body?: unknown): Case['send'] => (env) =>
  env.t.call(method, path(env), { token: env.user.access, ...(body === undefined ? {} : { body }) });

/** A cookie-authenticated upload (the web app's session) from another origin: refused. */
const crossSiteUpload = (path: (env: CaseEnv) => string): Case['send'] => async (env) => {
  const login = await env.t.app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: env.user.email, password: env.user.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const form = new FormData();
  form.append('file', new File(['CSRF'], 'csrf.txt', { type: 'text/plain' }));
  return env.t.call('POST', path(env), { headers: { Cookie: cookie, Origin: 'https://evil.example' }, rawBody: form });
};

export const CASES: Record<string, Case[]> = {
  'GET /api/': [{ status: 200, send: get('/api/') }],

  'POST /api/auth/register/': [
    { status: 201, send: ({ t }) => t.call('POST', '/api/auth/register/', { body: { email: `new-${Date.now()}@example.com`, password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: 'N', last_name: 'U' } }) },
    { status: 400, send: ({ t }) => t.call('POST', '/api/auth/register/', { body: {} }) },
  ],
  'POST /api/auth/login/': [
    { status: 200, send: ({ t, user }) => t.login(user.email, user.password) },
    { status: 400, send: ({ t }) => t.call('POST', '/api/auth/login/', { body: { email: '' } }) },
    { status: 401, send: ({ t, user }) => t.login(user.email, 'WrongPassword1!') },
  ],
  'POST /api/auth/refresh/': [
    { status: 200, send: async ({ t, freshUser }) => t.call('POST', '/api/auth/refresh/', { body: { refresh: (await freshUser()).refresh } }) },
    { status: 401, send: ({ t }) => t.call('POST', '/api/auth/refresh/', { body: { refresh: 'not-a-token' } }) },
  ],
  'POST /api/auth/logout/': [
    { status: 200, send: async ({ t, freshUser }) => { const u = await freshUser(); return t.call('POST', '/api/auth/logout/', { token: u.access, body: { refresh: u.refresh } }); } },
    { status: 400, send: as('POST', () => '/api/auth/logout/', {}) },
  ],
  'GET /api/auth/user/': [{ status: 200, send: get('/api/auth/user/') }],
  'PUT /api/auth/user/': [
    { status: 200, send: as('PUT', () => '/api/auth/user/', { first_name: 'Ada', last_name: 'Lovelace', bio: 'Hi' }) },
    { status: 400, send: as('PUT', () => '/api/auth/user/', {}) },
  ],
  'PATCH /api/auth/user/': [
    { status: 200, send: as('PATCH', () => '/api/auth/user/', { current_role: 'Engineer', skills: ['Go'] }) },
    { status: 400, send: as('PATCH', () => '/api/auth/user/', { skills: 'Go' }) },
  ],
  'POST /api/auth/change-password/': [
    { status: 200, send: async ({ t, freshUser }) => { const u = await freshUser(); return t.call('POST', '/api/auth/change-password/', { token: u.access, body: { old_password: u.password, new_password: 'AnotherPass456!', new_password_confirm: 'AnotherPass456!' } }); } },
    { status: 400, send: as('POST', () => '/api/auth/change-password/', {}) },
  ],
  'GET /api/auth/stats/': [{ status: 200, send: get('/api/auth/stats/') }],
  'POST /api/auth/skills/add/': [
    { status: 200, send: as('POST', () => '/api/auth/skills/add/', { skill: `Skill ${Date.now()}` }) },
    { status: 400, send: as('POST', () => '/api/auth/skills/add/', {}) },
  ],
  'POST /api/auth/skills/remove/': [
    { status: 200, send: async (env) => { await as('POST', () => '/api/auth/skills/add/', { skill: 'Gone' })(env); return as('POST', () => '/api/auth/skills/remove/', { skill: 'Gone' })(env); } },
    { status: 400, send: as('POST', () => '/api/auth/skills/remove/', { skill: 'Never added' }) },
  ],

  'GET /api/applications/': [
    { status: 200, send: get('/api/applications/?page=1&page_size=5') },
    { status: 400, send: get('/api/applications/?page=0') },
  ],
  'POST /api/applications/': [
    { status: 201, send: as('POST', () => '/api/applications/', APPLICATION_BODY) },
    { status: 400, send: as('POST', () => '/api/applications/', { company: {} }) },
  ],
  'GET /api/applications/stats/': [{ status: 200, send: get('/api/applications/stats/') }],
  'GET /api/applications/search/': [
    { status: 200, send: get('/api/applications/search/?q=acme') },
    { status: 400, send: get('/api/applications/search/') },
  ],
  'GET /api/applications/{id}/': [
    { status: 200, send: as('GET', (e) => `/api/applications/${e.applicationId}/`) },
    { status: 400, send: get('/api/applications/not-an-id/') },
    { status: 404, send: get(`/api/applications/${MISSING_ID}/`) },
  ],
  'PUT /api/applications/{id}/': [
    { status: 200, send: as('PUT', (e) => `/api/applications/${e.applicationId}/`, { notes: 'Updated' }) },
    { status: 404, send: as('PUT', () => `/api/applications/${MISSING_ID}/`, { notes: 'x' }) },
  ],
  'DELETE /api/applications/{id}/': [
    { status: 204, send: async (env) => { const created = await as('POST', () => '/api/applications/', APPLICATION_BODY)(env); return as('DELETE', () => `/api/applications/${created.json.id}/`)(env); } },
    { status: 404, send: as('DELETE', () => `/api/applications/${MISSING_ID}/`) },
  ],
  'POST /api/applications/{id}/timeline/': [
    { status: 201, send: as('POST', (e) => `/api/applications/${e.applicationId}/timeline/`, { event_type: 'interview', title: 'Call', date: '2025-01-20T09:00:00Z' }) },
    { status: 400, send: as('POST', (e) => `/api/applications/${e.applicationId}/timeline/`, {}) },
  ],
  'PATCH /api/applications/{id}/status/': [
    { status: 200, send: as('PATCH', (e) => `/api/applications/${e.applicationId}/status/`, { status: 'offer', notes: 'Yes' }) },
    { status: 400, send: as('PATCH', (e) => `/api/applications/${e.applicationId}/status/`, { status: 'nope' }) },
  ],
  'POST /api/applications/upload/': [
    { status: 201, send: ({ upload, user }) => upload('/api/applications/upload/', user.access) },
    { status: 400, send: ({ upload, user }) => upload('/api/applications/upload/', user.access, 'program.exe') },
  ],
  'POST /api/applications/upload-resume/': [
    { status: 201, send: ({ upload, user }) => upload('/api/applications/upload-resume/', user.access) },
    { status: 403, send: crossSiteUpload(() => '/api/applications/upload-resume/') },
  ],
  'POST /api/applications/{id}/attach/': [
    { status: 201, send: ({ upload, user, applicationId }) => upload(`/api/applications/${applicationId}/attach/`, user.access) },
    { status: 404, send: ({ upload, user }) => upload(`/api/applications/${MISSING_ID}/attach/`, user.access) },
    { status: 403, send: crossSiteUpload((e) => `/api/applications/${e.applicationId}/attach/`) },
  ],
  'DELETE /api/applications/{id}/attachments/{index}/': [
    { status: 204, send: async (env) => { await env.upload(`/api/applications/${env.applicationId}/attach/`, env.user.access); return as('DELETE', (e) => `/api/applications/${e.applicationId}/attachments/0/`)(env); } },
    { status: 400, send: as('DELETE', (e) => `/api/applications/${e.applicationId}/attachments/999/`) },
  ],
  'GET /api/applications/duplicates/': [
    { status: 200, send: get('/api/applications/duplicates/?company=ACME%20Inc.&title=Senior%20Backend%20Developer') },
    { status: 400, send: get('/api/applications/duplicates/?company=Acme') },
  ],
  'PUT /api/applications/{id}/follow-up/': [
    { status: 200, send: as('PUT', (e) => `/api/applications/${e.applicationId}/follow-up/`, { next_action: { date: '2025-01-25', text: 'Send a thank-you note' }, deadline: null }) },
    { status: 400, send: as('PUT', (e) => `/api/applications/${e.applicationId}/follow-up/`, { deadline: 'soon' }) },
    { status: 404, send: as('PUT', () => `/api/applications/${MISSING_ID}/follow-up/`, { deadline: '2025-02-01' }) },
  ],
  'POST /api/applications/{id}/close-no-response/': [
    { status: 200, send: async (env) => { const created = await as('POST', () => '/api/applications/', APPLICATION_BODY)(env); return as('POST', () => `/api/applications/${created.json.id}/close-no-response/`, { notes: 'Never heard back' })(env); } },
    { status: 404, send: as('POST', () => `/api/applications/${MISSING_ID}/close-no-response/`, {}) },
  ],
  'GET /media/uploads/{user_id}/{kind}/{filename}': [
    { status: 200, send: async (env) => { const up = await env.upload('/api/applications/upload/', env.user.access); return env.t.call('GET', up.json.file_url, { token: env.user.access }); } },
    { status: 404, send: get('/media/uploads/1/document/not-a-file.pdf') },
  ],

  'GET /api/companies/': [
    { status: 200, send: get('/api/companies/?page_size=0') },
    { status: 400, send: get('/api/companies/?page_size=-1') },
  ],
  'POST /api/companies/': [
    { status: 201, send: as('POST', () => '/api/companies/', { name: `Company ${Date.now()}`, tags: ['remote'], contact_info: { recruiter_name: 'R' } }) },
    { status: 400, send: as('POST', () => '/api/companies/', {}) },
  ],
  'GET /api/companies/{id}/': [
    { status: 200, send: as('GET', (e) => `/api/companies/${e.companyId}/`) },
    { status: 404, send: get(`/api/companies/${MISSING_ID}/`) },
  ],
  'PUT /api/companies/{id}/': [
    { status: 200, send: as('PUT', (e) => `/api/companies/${e.companyId}/`, { industry: 'Software', glassdoor_rating: 4.2 }) },
    { status: 400, send: as('PUT', () => '/api/companies/bad/', { industry: 'x' }) },
  ],
  'DELETE /api/companies/{id}/': [
    { status: 204, send: async (env) => { const created = await as('POST', () => '/api/companies/', { name: `Doomed ${Date.now()}` })(env); return as('DELETE', () => `/api/companies/${created.json.id}/`)(env); } },
    { status: 404, send: as('DELETE', () => `/api/companies/${MISSING_ID}/`) },
  ],
  'GET /api/companies/search/': [
    { status: 200, send: get('/api/companies/search/?q=a') },
    { status: 400, send: get('/api/companies/search/') },
  ],
  'GET /api/companies/autocomplete/': [
    { status: 200, send: get('/api/companies/autocomplete/?q=A&limit=5') },
    { status: 400, send: get('/api/companies/autocomplete/?q=A&limit=x') },
  ],
  'POST /api/companies/sync/': [{ status: 200, send: as('POST', () => '/api/companies/sync/') }],
  'GET /api/companies/industry-breakdown/': [{ status: 200, send: get('/api/companies/industry-breakdown/') }],
  'GET /api/companies/top/': [
    { status: 200, send: get('/api/companies/top/?limit=3') },
    { status: 400, send: get('/api/companies/top/?limit=x') },
  ],
  'GET /api/companies/{id}/applications/': [
    { status: 200, send: as('GET', (e) => `/api/companies/${e.companyId}/applications/`) },
    { status: 404, send: get(`/api/companies/${MISSING_ID}/applications/`) },
  ],
  'GET /api/companies/{id}/stats/': [
    { status: 200, send: as('GET', (e) => `/api/companies/${e.companyId}/stats/`) },
    { status: 400, send: get('/api/companies/bad/stats/') },
  ],

  'GET /api/analytics/dashboard/': [{ status: 200, send: get('/api/analytics/dashboard/') }],
  'GET /api/analytics/applications-over-time/': [
    { status: 200, send: get('/api/analytics/applications-over-time/?period=week') },
    { status: 400, send: get('/api/analytics/applications-over-time/?period=year') },
  ],
  'GET /api/analytics/success-rate/': [{ status: 200, send: get('/api/analytics/success-rate/') }],
  'GET /api/analytics/skills/': [{ status: 200, send: get('/api/analytics/skills/') }],
  'GET /api/analytics/timeline/': [{ status: 200, send: get('/api/analytics/timeline/') }],
  'GET /api/analytics/salary/': [{ status: 200, send: get('/api/analytics/salary/') }],
  'GET /api/analytics/response-time/': [{ status: 200, send: get('/api/analytics/response-time/') }],
  'GET /api/insights/due/': [
    { status: 200, send: get('/api/insights/due/?time_zone=Europe/Berlin') },
    { status: 400, send: get('/api/insights/due/?time_zone=Mars/Olympus') },
  ],
  'GET /api/insights/silence/': [{ status: 200, send: get('/api/insights/silence/') }],
  'GET /api/insights/funnel/': [
    { status: 200, send: get('/api/insights/funnel/') },
    { status: 400, send: get('/api/insights/funnel/?time_zone=%2B25:00') },
  ],
  'GET /api/insights/reply-times/': [{ status: 200, send: get('/api/insights/reply-times/') }],
  'GET /api/insights/goals/': [
    { status: 200, send: get('/api/insights/goals/?time_zone=%2B02:00') },
    { status: 400, send: get('/api/insights/goals/?time_zone=nowhere') },
  ],
  'GET /api/insights/skills-gap/': [{ status: 200, send: get('/api/insights/skills-gap/') }],
  'GET /api/insights/settings/': [{ status: 200, send: get('/api/insights/settings/') }],
  'PATCH /api/insights/settings/': [
    { status: 200, send: as('PATCH', () => '/api/insights/settings/', { weekly_goal: 3 }) },
    { status: 400, send: as('PATCH', () => '/api/insights/settings/', { silence_days: 0 }) },
  ],
  'POST /api/insights/calendar/secret/': [{ status: 200, send: as('POST', () => '/api/insights/calendar/secret/') }],
  'DELETE /api/insights/calendar/secret/': [{ status: 200, send: as('DELETE', () => '/api/insights/calendar/secret/') }],
  'GET /api/calendar/{secret}/feed.ics': [
    { status: 200, send: async (env) => { const made = await as('POST', () => '/api/insights/calendar/secret/')(env); return env.t.call('GET', made.json.feed_path); } },
    { status: 404, send: ({ t }) => t.call('GET', `/api/calendar/${'a'.repeat(32)}/feed.ics`) },
    { status: 400, send: ({ t }) => t.call('GET', `/api/calendar/${'a'.repeat(201)}/feed.ics`) },
  ],

  'GET /api/analytics/export/applications/csv/': [
    { status: 200, send: get('/api/analytics/export/applications/csv/?status=interview') },
    { status: 400, send: get(`/api/analytics/export/applications/csv/?status=${'x'.repeat(51)}`) },
  ],
  'GET /api/analytics/export/companies/csv/': [{ status: 200, send: get('/api/analytics/export/companies/csv/') }],
  'GET /api/analytics/export/analytics/csv/': [{ status: 200, send: get('/api/analytics/export/analytics/csv/') }],
  'GET /api/analytics/export/applications/pdf/': [
    { status: 200, send: get('/api/analytics/export/applications/pdf/') },
    { status: 400, send: get(`/api/analytics/export/applications/pdf/?status=${'x'.repeat(51)}`) },
  ],
};
