/** The proof of search over HTTP: the JSON report (REST and tRPC), the CSV and PDF downloads for a
 * period in the person's time zone and locale, and bad queries refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../../test-support/poppler.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
let user: Awaited<ReturnType<TestApp['registerUser']>>;

beforeAll(async () => {
  t = await createTestApp();
  user = await t.registerUser({ first_name: 'Zoë', last_name: 'Müller' });
  const create = (body: unknown) => t.call('POST', '/api/applications/', { token: user.access, body });
  await create({ company: { name: 'Acme GmbH', location: 'Berlin' }, job: { title: 'Backend Developer' }, application: { source: 'LinkedIn', applied_date: '2025-01-06T09:00:00Z' } });
  const globex = await create({ company: { name: 'Globex', website: 'https://globex.example' }, job: { title: 'Data Engineer' }, application: { status: 'interview', applied_date: '2025-01-07T10:00:00Z' } });
  // 00:30 on 1 February in Berlin: outside January there, inside it in UTC.
  await create({ company: { name: 'Late Corp' }, job: { title: 'SRE' }, application: { applied_date: '2025-01-31T23:30:00Z' } });
  const contact = await t.call('POST', '/api/contacts/', { token: user.access, body: { name: 'Grace', role: 'Recruiter' } });
  await t.call('POST', `/api/contacts/${contact.json.id}/applications/${globex.json.id}/`, { token: user.access });
  await t.call('POST', `/api/applications/${globex.json.id}/timeline/`, { token: user.access, body: { event_type: 'interview', title: 'Onsite', date: '2025-01-15T10:00:00Z' } });
});
afterAll(async () => {
  await t.close();
});

const QUERY = 'from=2025-01-01&to=2025-01-31&time_zone=Europe/Berlin&locale=de-DE';

describe('the proof of search', () => {
  it('as JSON: the period’s applications in date order with employer, contact and outcome, and weekly totals', async () => {
    const res = await t.call('GET', `/api/proof-of-search/?${QUERY}`, { token: user.access });
    expect(res.status).toBe(200);
    expect(res.json.person).toEqual({ name: 'Zoë Müller', email: user.email });
    expect(res.json.period).toEqual({ from: '2025-01-01', to: '2025-01-31', time_zone: 'Europe/Berlin' });
    expect(res.json.rows).toEqual([
      { date: '2025-01-06', employer: 'Acme GmbH', employer_address: 'Berlin', position: 'Backend Developer', sent_via: 'LinkedIn', contact_person: '', outcome: 'applied', outcome_text: 'Applied, awaiting reply' },
      { date: '2025-01-07', employer: 'Globex', employer_address: 'https://globex.example', position: 'Data Engineer', sent_via: '', contact_person: 'Grace (Recruiter)', outcome: 'interview', outcome_text: 'Interview' },
    ]);
    expect(res.json.weeks.map((week: { week: number; applications: number }) => [week.week, week.applications])).toEqual([[1, 0], [2, 2], [3, 0], [4, 0], [5, 0]]);
    expect(res.json.total).toBe(2);
    const utc = await t.call('GET', '/api/proof-of-search/?from=2025-01-01&to=2025-01-31', { token: user.access });
    expect(utc.json.total).toBe(3);

    const trpc = await t.call('GET', `/trpc/proofOfSearch.report?input=${encodeURIComponent(JSON.stringify({ from: '2025-01-01', to: '2025-01-31', time_zone: 'Europe/Berlin' }))}`, { token: user.access });
    expect(trpc.json.result.data.rows).toEqual(res.json.rows);
  });

  it('as CSV: the person, the period, one row per application and the weekly totals, dates in the locale', async () => {
    const res = await t.call('GET', `/api/proof-of-search/csv/?${QUERY}`, { token: user.access });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="proof_of_search_2025-01-01_2025-01-31.csv"');
    const lines = res.text.split('\r\n');
    expect(lines.slice(0, 8)).toEqual([
      'Proof of job search',
      'Name,Zoë Müller',
      `Email,${user.email}`,
      'Period,01.01.2025,31.01.2025',
      '',
      'Date,Employer,Address or website,Position,Sent via,Contact person,Outcome',
      '06.01.2025,Acme GmbH,Berlin,Backend Developer,LinkedIn,,"Applied, awaiting reply"',
      '07.01.2025,Globex,https://globex.example,Data Engineer,,Grace (Recruiter),Interview',
    ]);
    expect(lines).toContain('2025-W02 (06.01.2025 – 12.01.2025),2');
    expect(lines).toContain('Total,2');
  });

  it('as PDF, readable by pdftotext', async () => {
    const res = await t.app.request(`/api/proof-of-search/pdf/?${QUERY}`, { headers: { Authorization: `Bearer ${user.access}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const [text = ''] = pdfPageTexts(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('Zoë Müller');
    expect(text).toContain('01.01.2025 – 31.01.2025');
    expect(text).toMatch(/06\.01\.2025\s+Acme GmbH\s+Berlin/);
  });

  it('refuses a bad period, time zone or locale with field errors', async () => {
    for (const path of ['/api/proof-of-search/', '/api/proof-of-search/csv/', '/api/proof-of-search/pdf/']) {
      const bad = await t.call('GET', `${path}?from=2025-02-30&to=2025-01-31&time_zone=Mars/Olympus`, { token: user.access });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.json).sort()).toEqual(['from', 'time_zone']);
      const reversed = await t.call('GET', `${path}?from=2025-02-01&to=2025-01-31`, { token: user.access });
      expect(reversed.json).toEqual({ to: ['The period ends before it starts.'] });
      const locale = await t.call('GET', `${path}?from=2025-01-01&to=2025-01-31&locale=${encodeURIComponent('not a locale!')}`, { token: user.access });
      expect(locale.json).toEqual({ locale: ['Enter a language tag such as en-US or de-DE.'] });
    }
  });

  it('downloads with the web session cookie', async () => {
    const login = await t.app.request('/trpc/auth.login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: 'tracker.example', Origin: 'https://tracker.example' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const res = await t.app.request(`/api/proof-of-search/csv/?${QUERY}`, { headers: { Host: 'tracker.example', Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Name,Zoë Müller');
  });
});
