/** One valid request per protected operation, aimed at the victim's records where the operation
 * takes an id (`victim: 'path'`) or carries the victim's secret in its body (`victim: 'body'`):
 * with the attacker's own token those must fail (404 for ids), with any broken token all must be
 * 401. The table must cover every protected operation of the OpenAPI document and every
 * procedure without a REST twin. */

export type VictimData = {
  userId: number;
  applicationId: string;
  companyId: string;
  /** A contact linked to the victim's application, with one logged interaction. */
  contactId: string;
  refresh: string;
  password: string;
  skill: string;
  marker: string;
  /** `/media/uploads/<user>/<kind>/<file>` of the victim's attachment. */
  fileUrl: string;
};

export type OperationRequest = {
  /** Path parameters by name. */
  params: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
  upload?: true;
  victim: 'path' | 'body' | null;
};

const APPLICATION = { company: { name: 'Mallory Corp' }, job: { title: 'Intruder' }, application: { status: 'applied', applied_date: '2025-01-15T10:00:00Z' } };

const appId = (v: VictimData) => ({ id: v.applicationId });
const companyId = (v: VictimData) => ({ id: v.companyId });
const contactId = (v: VictimData) => ({ id: v.contactId });
const none = () => ({ params: {}, victim: null });

export const OPERATION_REQUESTS: Record<string, (v: VictimData) => OperationRequest> = {
  'GET /api/': () => ({ params: {}, victim: null }),
  'POST /api/auth/logout/': (v) => ({ params: {}, body: { refresh: v.refresh }, victim: 'body' }),
  'GET /api/auth/user/': () => ({ params: {}, victim: null }),
  'PUT /api/auth/user/': () => ({ params: {}, body: { first_name: 'Mallory', last_name: 'Intruder', bio: 'mine' }, victim: null }),
  'PATCH /api/auth/user/': () => ({ params: {}, body: { bio: 'mine' }, victim: null }),
  'POST /api/auth/change-password/': (v) => ({ params: {}, body: { old_password: v.password, new_password: 'Taken-Over-2024!', new_password_confirm: 'Taken-Over-2024!' }, victim: 'body' }),
  'GET /api/auth/stats/': () => ({ params: {}, victim: null }),
  'POST /api/auth/skills/add/': () => ({ params: {}, body: { skill: 'Lockpicking' }, victim: null }),
  'POST /api/auth/skills/remove/': (v) => ({ params: {}, body: { skill: v.skill }, victim: 'body' }),
  'GET /api/applications/': () => ({ params: {}, query: { page_size: '100' }, victim: null }),
  'POST /api/applications/': () => ({ params: {}, body: APPLICATION, victim: null }),
  'GET /api/applications/stats/': () => ({ params: {}, victim: null }),
  'GET /api/applications/search/': (v) => ({ params: {}, query: { q: v.marker }, victim: null }),
  'GET /api/applications/{id}/': (v) => ({ params: appId(v), victim: 'path' }),
  'PUT /api/applications/{id}/': (v) => ({ params: appId(v), body: { notes: 'overwritten' }, victim: 'path' }),
  'DELETE /api/applications/{id}/': (v) => ({ params: appId(v), victim: 'path' }),
  'POST /api/applications/{id}/timeline/': (v) => ({ params: appId(v), body: { event_type: 'note', title: 'planted', date: '2025-02-01T00:00:00Z' }, victim: 'path' }),
  'PATCH /api/applications/{id}/status/': (v) => ({ params: appId(v), body: { status: 'withdrawn', notes: 'planted' }, victim: 'path' }),
  'POST /api/applications/upload/': () => ({ params: {}, upload: true, victim: null }),
  'POST /api/applications/upload-resume/': () => ({ params: {}, upload: true, victim: null }),
  'POST /api/applications/{id}/attach/': (v) => ({ params: appId(v), upload: true, victim: 'path' }),
  'DELETE /api/applications/{id}/attachments/{index}/': (v) => ({ params: { ...appId(v), index: '0' }, victim: 'path' }),
  'GET /media/uploads/{user_id}/{kind}/{filename}': (v) => {
    const [, , , user_id, kind, filename] = v.fileUrl.split('/');
    return { params: { user_id: user_id!, kind: kind!, filename: filename! }, victim: 'path' };
  },
  'GET /api/companies/': () => ({ params: {}, query: { page_size: '100' }, victim: null }),
  'POST /api/companies/': () => ({ params: {}, body: { name: 'Mallory Holdings' }, victim: null }),
  'GET /api/companies/{id}/': (v) => ({ params: companyId(v), victim: 'path' }),
  'PUT /api/companies/{id}/': (v) => ({ params: companyId(v), body: { industry: 'Crime' }, victim: 'path' }),
  'DELETE /api/companies/{id}/': (v) => ({ params: companyId(v), victim: 'path' }),
  'GET /api/companies/search/': (v) => ({ params: {}, query: { q: v.marker }, victim: null }),
  'GET /api/companies/autocomplete/': (v) => ({ params: {}, query: { q: v.marker.slice(0, 12) }, victim: null }),
  'POST /api/companies/sync/': () => ({ params: {}, victim: null }),
  'GET /api/companies/industry-breakdown/': () => ({ params: {}, victim: null }),
  'GET /api/companies/top/': () => ({ params: {}, victim: null }),
  'GET /api/companies/{id}/applications/': (v) => ({ params: companyId(v), victim: 'path' }),
  'GET /api/companies/{id}/stats/': (v) => ({ params: companyId(v), victim: 'path' }),
  'GET /api/analytics/dashboard/': () => ({ params: {}, victim: null }),
  'GET /api/analytics/applications-over-time/': () => ({ params: {}, query: { period: 'week' }, victim: null }),
  'GET /api/analytics/success-rate/': () => ({ params: {}, victim: null }),
  'GET /api/analytics/skills/': () => ({ params: {}, victim: null }),
  'GET /api/analytics/timeline/': () => ({ params: {}, victim: null }),
  'GET /api/analytics/salary/': () => ({ params: {}, victim: null }),
  'GET /api/analytics/response-time/': () => ({ params: {}, victim: null }),
  'GET /api/analytics/export/applications/csv/': () => ({ params: {}, victim: null }),
  'GET /api/analytics/export/companies/csv/': () => ({ params: {}, victim: null }),
  'GET /api/analytics/export/analytics/csv/': () => ({ params: {}, victim: null }),
  'GET /api/analytics/export/applications/pdf/': () => ({ params: {}, victim: null }),
  // Follow-ups, insights and the calendar feed's settings.
  'GET /api/applications/duplicates/': (v) => ({ params: {}, query: { company: v.marker, title: 'Engineer' }, victim: null }),
  'PUT /api/applications/{id}/follow-up/': (v) => ({ params: appId(v), body: { next_action: { date: '2025-03-01', text: 'planted' }, deadline: '2025-03-02' }, victim: 'path' }),
  'POST /api/applications/{id}/close-no-response/': (v) => ({ params: appId(v), body: { notes: 'planted' }, victim: 'path' }),
  'GET /api/insights/due/': none,
  'GET /api/insights/silence/': none,
  'GET /api/insights/funnel/': none,
  'GET /api/insights/reply-times/': none,
  'GET /api/insights/goals/': none,
  'GET /api/insights/skills-gap/': none,
  'GET /api/insights/settings/': none,
  'PATCH /api/insights/settings/': () => ({ params: {}, body: { weekly_goal: 7 }, victim: null }),
  'POST /api/insights/calendar/secret/': none,
  'DELETE /api/insights/calendar/secret/': none,
  // Contacts.
  'GET /api/contacts/': (v) => ({ params: {}, query: { q: v.marker }, victim: null }),
  'POST /api/contacts/': () => ({ params: {}, body: { name: 'Mallory Recruiter' }, victim: null }),
  'GET /api/contacts/{id}/': (v) => ({ params: contactId(v), victim: 'path' }),
  'PUT /api/contacts/{id}/': (v) => ({ params: contactId(v), body: { name: 'Overwritten' }, victim: 'path' }),
  'PATCH /api/contacts/{id}/': (v) => ({ params: contactId(v), body: { notes: 'overwritten' }, victim: 'path' }),
  'DELETE /api/contacts/{id}/': (v) => ({ params: contactId(v), victim: 'path' }),
  'POST /api/contacts/{id}/applications/{application_id}/': (v) => ({ params: { ...contactId(v), application_id: v.applicationId }, victim: 'path' }),
  'DELETE /api/contacts/{id}/applications/{application_id}/': (v) => ({ params: { ...contactId(v), application_id: v.applicationId }, victim: 'path' }),
  'GET /api/contacts/{id}/applications/': (v) => ({ params: contactId(v), victim: 'path' }),
  'GET /api/applications/{id}/contacts/': (v) => ({ params: appId(v), victim: 'path' }),
  'POST /api/contacts/{id}/interactions/': (v) => ({ params: contactId(v), body: { channel: 'email', note: 'planted' }, victim: 'path' }),
  'DELETE /api/contacts/{id}/interactions/{index}/': (v) => ({ params: { ...contactId(v), index: '0' }, victim: 'path' }),
  // Import, the account archive and deletion, proof of search.
  'POST /api/import/applications/preview/': () => ({ params: {}, upload: true, victim: null }),
  'POST /api/import/applications/': () => ({ params: {}, upload: true, victim: null }),
  'GET /api/account/export/': none,
  'POST /api/account/restore/': () => ({ params: {}, upload: true, victim: null }),
  'POST /api/account/delete/': (v) => ({ params: {}, body: { password: v.password }, victim: 'body' }),
  'GET /api/proof-of-search/': none,
  'GET /api/proof-of-search/csv/': none,
  'GET /api/proof-of-search/pdf/': none,
};

/** Procedures only tRPC serves. */
export const TRPC_ONLY_REQUESTS: Record<string, (v: VictimData) => OperationRequest> = {
  'auth.signOut': () => ({ params: {}, victim: null }),
};

/** Procedures that end the session they are called with: given a session of their own. */
export const SESSION_ENDING = new Set(['auth.signOut']);
