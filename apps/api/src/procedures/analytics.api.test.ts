import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

// Three applications created at controlled times, then analytics read on 2025-04-10 12:00 UTC.
// Every expected number below is worked out by hand from these three.
let now = new Date('2025-03-10T12:00:00Z');
let t: TestApp;
let token: string;

async function createAt(iso: string, body: Record<string, unknown>) {
  now = new Date(iso);
  const res = await t.call('POST', '/api/applications/', { token, body });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

beforeAll(async () => {
  // Tokens must outlive the simulated weeks.
  t = await createTestApp({ clock: () => now, env: { JWT_ACCESS_TOKEN_LIFETIME: '525600', SESSION_MAX_AGE: '525600' } });
  token = (await t.registerUser()).access;
  await createAt('2025-03-10T12:00:00Z', {
    company: { name: 'Google', location: 'Mountain View, CA', industry: 'Technology' },
    job: { title: 'Backend Developer', salary_min: 80000, salary_max: 120000, employment_type: 'full-time' },
    application: { source: 'LinkedIn' },
    requirements: { skills_required: ['Python', 'Go'] },
    notes: '=HYPERLINK("http://evil.example")',
  });
  await createAt('2025-03-20T12:00:00Z', {
    company: { name: 'Google' },
    job: { title: 'SRE, Platform', salary_min: 100000 },
    application: { status: 'offer' },
    requirements: { skills_required: ['Python'] },
  });
  const meta = await createAt('2025-04-02T12:00:00Z', { company: { name: 'Meta' }, job: { title: 'Engineer' } });
  now = new Date('2025-04-05T12:00:00Z');
  expect((await t.call('PATCH', `/api/applications/${meta}/status/`, { token, body: { status: 'rejected' } })).status).toBe(200);
  now = new Date('2025-04-10T12:00:00Z');
});
afterAll(async () => {
  await t.close();
});

const get = async (path: string) => {
  const res = await t.call('GET', path, { token });
  return { status: res.status, json: res.json, text: res.text, headers: res.headers };
};

describe('analytics', () => {
  it('dashboard', async () => {
    expect((await get('/api/analytics/dashboard/')).json).toEqual({
      total_applications: 3,
      status_breakdown: { applied: 1, offer: 1, rejected: 1 },
      success_rate: 33.33,
      response_rate: 66.67,
      applications_last_30_days: 2,
      average_days_in_pipeline: 31,
      top_companies: [
        { company: 'Google', count: 2 },
        { company: 'Meta', count: 1 },
      ],
      top_sources: [
        { source: 'Unknown', count: 2 },
        { source: 'LinkedIn', count: 1 },
      ],
    });
  });

  it('applications over time by month, Sunday-based week and day', async () => {
    expect((await get('/api/analytics/applications-over-time/')).json).toEqual([
      { period: '2025-03', count: 2 },
      { period: '2025-04', count: 1 },
    ]);
    expect((await get('/api/analytics/applications-over-time/?period=week')).json).toEqual([
      { period: '2025-W10', count: 1 },
      { period: '2025-W11', count: 1 },
      { period: '2025-W13', count: 1 },
    ]);
    expect((await get('/api/analytics/applications-over-time/?period=day')).json.map((p: { period: string }) => p.period)).toEqual([
      '2025-03-10',
      '2025-03-20',
      '2025-04-02',
    ]);
    for (const bad of ['year', '', 'MONTH']) {
      expect(await get(`/api/analytics/applications-over-time/?period=${bad}`)).toMatchObject({
        status: 400,
        json: { error: 'Invalid period. Must be day, week, or month.' },
      });
    }
  });

  it('success rate, skills, timeline, salary and response time', async () => {
    expect((await get('/api/analytics/success-rate/')).json).toEqual([
      { period: '2025-03', success_rate: 50, total: 2, success: 1 },
      { period: '2025-04', success_rate: 0, total: 1, success: 0 },
    ]);
    expect((await get('/api/analytics/skills/')).json).toEqual([
      { skill: 'Python', count: 2 },
      { skill: 'Go', count: 1 },
    ]);
    expect((await get('/api/analytics/timeline/')).json).toEqual([{ event_type: 'status_change', count: 1 }]);
    expect((await get('/api/analytics/salary/')).json).toEqual({
      average_min: 90000,
      average_max: 120000,
      lowest: 80000,
      highest: 120000,
      total_with_salary: 2,
    });
    expect((await get('/api/analytics/response-time/')).json).toEqual({ average_days: 3, fastest: 3, slowest: 3, total_responses: 1 });
  });

  it('answers zeros for a user without applications, and needs auth', async () => {
    const other = (await t.registerUser()).access;
    const empty = await t.call('GET', '/api/analytics/dashboard/', { token: other });
    expect(empty.json).toMatchObject({ total_applications: 0, success_rate: 0, response_rate: 0, top_companies: [], top_sources: [] });
    expect((await t.call('GET', '/api/analytics/salary/', { token: other })).json).toEqual({
      average_min: 0, average_max: 0, lowest: 0, highest: 0, total_with_salary: 0,
    });
    expect((await t.call('GET', '/api/analytics/dashboard/')).status).toBe(401);
  });
});

describe('exports', () => {
  it('applications CSV: columns in order, newest first, formula cells neutralised, filters', async () => {
    const res = await get('/api/analytics/export/applications/csv/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="applications_20250410.csv"');
    expect(res.text.split('\r\n')).toEqual([
      'Company,Job Title,Status,Applied Date,Source,Employment Type,Work Mode,Experience Level,Salary Min,Salary Max,Location,Industry,Notes',
      'Meta,Engineer,rejected,2025-04-02,,,,,,,,,',
      'Google,"SRE, Platform",offer,2025-03-20,,,,,100000,,,,',
      `Google,Backend Developer,applied,2025-03-10,LinkedIn,full-time,,,80000,120000,"Mountain View, CA",Technology,"'=HYPERLINK(""http://evil.example"")"`,
      '',
    ]);
    const offers = await get('/api/analytics/export/applications/csv/?status=offer');
    expect(offers.text.trim().split('\r\n')).toHaveLength(2);
    const google = await get('/api/analytics/export/applications/csv/?company=OOG');
    expect(google.text.trim().split('\r\n')).toHaveLength(3);
  });

  it('companies CSV after a sync, sorted by name', async () => {
    await t.call('POST', '/api/companies/sync/', { token });
    const res = await get('/api/analytics/export/companies/csv/');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="companies_20250410.csv"');
    expect(res.text.split('\r\n')).toEqual([
      'Company Name,Industry,Size,Location,Website,Glassdoor Rating,Is Favorite,Tags,Notes',
      expect.stringMatching(/^Google,/),
      'Meta,,,,,,False,,',
      '',
    ]);
  });

  it('analytics CSV, line by line', async () => {
    const res = await get('/api/analytics/export/analytics/csv/');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="analytics_20250410.csv"');
    expect(res.text).toBe(
      [
        'DASHBOARD STATISTICS',
        'Metric,Value',
        'Total Applications,3',
        'Success Rate,33.33%',
        'Response Rate,66.67%',
        'Applications Last 30 Days,2',
        '',
        'STATUS BREAKDOWN',
        'Status,Count',
        'applied,1',
        'offer,1',
        'rejected,1',
        '',
        'APPLICATIONS OVER TIME',
        'Period,Count',
        '2025-03,2',
        '2025-04,1',
        '',
        'TOP SKILLS DEMANDED',
        'Skill,Count',
        'Python,2',
        'Go,1',
        '',
      ].join('\r\n'),
    );
  });

  it('PDF report', async () => {
    const res = await t.app.request('/api/analytics/export/applications/pdf/?status=offer', { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="applications_report_20250410.pdf"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('needs auth and answers a wrong method with 405', async () => {
    expect((await t.call('GET', '/api/analytics/export/applications/csv/')).status).toBe(401);
    const res = await t.call('POST', '/api/analytics/export/applications/csv/', { token });
    expect(res).toMatchObject({ status: 405, json: { detail: 'Method "POST" not allowed.' } });
  });
});
