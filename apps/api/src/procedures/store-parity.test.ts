/** The same data in both stores gives the same analytics and the same exports, byte for byte:
 * SQLite and MongoDB (over mingo) answer every analytics endpoint, every export and the lists
 * identically. The data: generated demo applications (every status, timelines, salaries,
 * skills) with the same ids in both, a few edited over the API, companies synced over the API. */
import { aMinimalApplication } from '@jobtracker/core/testing';
import { generateDemoApplications, type IdGenerator } from '@jobtracker/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const NOW = new Date('2025-06-15T09:30:00.000Z');

/** The same ids in the same order in both apps: the creation second, then a counter. */
function countingIds(): IdGenerator {
  let counter = 0;
  return {
    objectId: (now) => Math.floor(now.getTime() / 1000).toString(16).padStart(8, '0') + (++counter).toString(16).padStart(16, '0'),
  };
}

type Side = { t: TestApp; token: string };

async function loadData(store: 'sqlite' | 'mingo'): Promise<Side> {
  let now = NOW;
  const t = await createTestApp({ store, clock: () => now, ids: countingIds(), env: { JWT_ACCESS_TOKEN_LIFETIME: '525600' } });
  const { access: token, user } = await t.registerUser({ email: 'parity@example.com' });
  const ids = countingIds();
  const generated = generateDemoApplications({ count: 240, seed: 20250615, now: NOW, userId: user.id, newId: () => ids.objectId(NOW) });
  for (const application of generated) await t.deps.applications.create(application);
  // Documents with keys absent, and names that differ only in case or by accents.
  const sparse = [
    aMinimalApplication(user.id, { id: ids.objectId(NOW), company: { name: 'ÉCOLE Numérique' }, created_at: new Date('2025-02-01T00:00:00Z') }),
    aMinimalApplication(user.id, { id: ids.objectId(NOW), company: { name: 'école numérique' }, created_at: new Date('2025-02-01T00:00:00Z') }),
    aMinimalApplication(user.id, { id: ids.objectId(NOW), company: { name: '東京 Labs' }, created_at: new Date('2025-05-31T23:59:59.999Z') }),
  ];
  for (const application of sparse) await t.deps.applications.create(application);
  // Edits over the API at later times: status changes and timeline events.
  for (const [index, application] of generated.slice(0, 12).entries()) {
    now = new Date(NOW.getTime() + (index + 1) * 3_600_000);
    const status = index % 2 === 0 ? 'interview' : 'rejected';
    expect((await t.call('PATCH', `/api/applications/${application.id}/status/`, { token, body: { status } })).status).toBe(200);
  }
  now = new Date(NOW.getTime() + 24 * 3_600_000);
  expect((await t.call('POST', '/api/companies/sync/', { token })).status).toBe(200);
  return { t, token };
}

let sqlite: Side;
let mongo: Side;

beforeAll(async () => {
  sqlite = await loadData('sqlite');
  mongo = await loadData('mingo');
}, 60_000);
afterAll(async () => {
  await sqlite?.t.close();
  await mongo?.t.close();
});

async function bothAnswer(path: string) {
  const [left, right] = await Promise.all([sqlite, mongo].map(async ({ t, token }) => {
    const response = await t.app.request(path, { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, type: response.headers.get('Content-Type'), disposition: response.headers.get('Content-Disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
  }));
  return { sqlite: left!, mongo: right! };
}

const ANALYTICS = [
  '/api/analytics/dashboard/',
  '/api/analytics/applications-over-time/',
  '/api/analytics/applications-over-time/?period=day',
  '/api/analytics/applications-over-time/?period=week',
  '/api/analytics/applications-over-time/?period=month',
  '/api/analytics/success-rate/',
  '/api/analytics/skills/',
  '/api/analytics/timeline/',
  '/api/analytics/salary/',
  '/api/analytics/response-time/',
  '/api/applications/stats/',
  '/api/companies/top/',
  '/api/companies/industry-breakdown/',
];

const EXPORTS = [
  '/api/analytics/export/applications/csv/',
  '/api/analytics/export/applications/csv/?status=interview',
  '/api/analytics/export/applications/csv/?company=%C3%A9cole',
  '/api/analytics/export/applications/csv/?company=google&status=applied',
  '/api/analytics/export/companies/csv/',
  '/api/analytics/export/analytics/csv/',
  '/api/analytics/export/applications/pdf/',
  '/api/analytics/export/applications/pdf/?status=rejected',
];

const LISTS = [
  '/api/applications/?page=1&page_size=100',
  '/api/applications/?page=3&page_size=100',
  '/api/applications/?status=offer&page_size=100',
  '/api/applications/?company=%C3%A9cole',
  '/api/applications/search/?q=engineer',
  '/api/companies/?page_size=100',
];

describe('the same data on SQLite and on MongoDB', () => {
  it('has the same applications and companies in both stores', async () => {
    const count = async ({ t, token }: Side, path: string) => (await t.call('GET', path, { token })).json.count as number;
    for (const path of ['/api/applications/', '/api/companies/']) {
      const [left, right] = [await count(sqlite, path), await count(mongo, path)];
      expect(left).toBeGreaterThan(0);
      expect(right).toBe(left);
    }
  });

  it.each([...ANALYTICS, ...EXPORTS, ...LISTS])('answers %s byte for byte alike', async (path) => {
    const answers = await bothAnswer(path);
    expect(answers.sqlite.status).toBe(200);
    expect(answers.sqlite.bytes.length).toBeGreaterThan(2);
    expect(answers.mongo.status).toBe(answers.sqlite.status);
    expect(answers.mongo.type).toBe(answers.sqlite.type);
    expect(answers.mongo.disposition).toBe(answers.sqlite.disposition);
    if (answers.sqlite.type?.startsWith('application/json') || answers.sqlite.type?.startsWith('text/csv')) {
      // Text first, so a difference shows as a readable diff.
      expect(answers.mongo.bytes.toString('utf8')).toBe(answers.sqlite.bytes.toString('utf8'));
    }
    expect(answers.mongo.bytes.equals(answers.sqlite.bytes)).toBe(true);
  });

  it('answers each company\'s statistics and applications alike', async () => {
    const companies = (await sqlite.t.call('GET', '/api/companies/?page_size=100', { token: sqlite.token })).json.results as { id: string }[];
    expect(companies.length).toBeGreaterThan(5);
    for (const { id } of companies.slice(0, 8)) {
      for (const path of [`/api/companies/${id}/stats/`, `/api/companies/${id}/applications/`]) {
        const answers = await bothAnswer(path);
        expect(answers.sqlite.status).toBe(200);
        expect(answers.mongo.bytes.toString('utf8')).toBe(answers.sqlite.bytes.toString('utf8'));
      }
    }
  });
});
