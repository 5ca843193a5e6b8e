import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMingoTestStore } from '../test-support/mingo-store.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { migrateStores } from './migrate-stores.js';
import { formatSummary, type MigrationSummary } from './migration-tally.js';

let now = new Date('2025-05-01T10:00:00.000Z');
const clock = () => now;
// Tokens must outlive the simulated hours.
const env = { JWT_ACCESS_TOKEN_LIFETIME: '525600' };
const RETENTION = { loginAttemptRetentionMs: 15 * 60_000 };
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const TEXT = new TextEncoder().encode('Curriculum vitae — ünïcødé\n');

function form(bytes: Uint8Array, name: string, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  data.append('file', new File([bytes], name));
  return data;
}

type Person = Awaited<ReturnType<TestApp['registerUser']>>;

/** Three users on SQLite: one with a profile, companies, applications with timelines and
 * attachments, a resume and a file attached to nothing; one with a little; one with nothing. */
async function fillSource(t: TestApp): Promise<{ alice: Person; bob: Person; carol: Person; fileKeys: string[] }> {
  const alice = await t.registerUser({ email: 'alice@example.com' });
  const bob = await t.registerUser({ email: 'bob@example.com' });
  const carol = await t.registerUser({ email: 'carol@example.com' });
  const profile = await t.call('PATCH', '/api/auth/user/', { token: alice.access, body: { bio: 'Zürich, 東京', skills: ['Go', 'SQL'], years_of_experience: 4.5 } });
  expect(profile.status, profile.text).toBe(200);
  const company = await t.call('POST', '/api/companies/', {
    token: alice.access,
    body: { name: 'Initech', industry: 'Software', tags: ['remote'], contacts: [{ name: 'Bill', email: 'bill@initech.example' }], is_favorite: true },
  });
  expect(company.status, company.text).toBe(201);
  const ids: string[] = [];
  for (const [index, name] of ['Initech', 'Globex', 'Umbrella'].entries()) {
    now = new Date(now.getTime() + 3_600_000);
    const created = await t.call('POST', '/api/applications/', {
      token: alice.access,
      body: { company: { name }, job: { title: `Engineer ${index}`, salary_min: 50_000 + index }, requirements: { skills_required: ['Go'] }, notes: `=note ${index}` },
    });
    expect(created.status).toBe(201);
    ids.push(created.json.id);
  }
  now = new Date(now.getTime() + 3_600_000);
  expect((await t.call('PATCH', `/api/applications/${ids[0]}/status/`, { token: alice.access, body: { status: 'interview' } })).status).toBe(200);
  expect((await t.call('POST', `/api/applications/${ids[1]}/timeline/`, { token: alice.access, body: { event_type: 'phone_screen', title: 'Called back', description: 'ünïcødé' } })).status).toBe(201);
  const attached = await t.call('POST', `/api/applications/${ids[0]}/attach/`, { token: alice.access, rawBody: form(PDF, 'offer letter.pdf') });
  expect(attached.status).toBe(201);
  const resume = await t.call('POST', '/api/applications/upload-resume/', { token: alice.access, rawBody: form(TEXT, 'CV Müller.txt') });
  expect(resume.status).toBe(201);
  const loose = await t.call('POST', '/api/applications/upload/', { token: bob.access, rawBody: form(TEXT, 'notes.txt') });
  expect(loose.status).toBe(201);
  expect((await t.call('POST', '/api/applications/', { token: bob.access, body: { company: { name: 'Hooli' }, job: { title: 'PM' } } })).status).toBe(201);
  for (const person of [alice, bob]) expect((await t.call('POST', '/api/companies/sync/', { token: person.access })).status).toBe(200);
  return { alice, bob, carol, fileKeys: [attached.json.file.file_path, resume.json.file.file_path, loose.json.file_path] };
}

const counts = (summary: MigrationSummary) => Object.fromEntries(Object.entries(summary.counts).map(([kind, c]) => [kind, [c.source, c.copied, c.present, c.conflicts, c.verified]]));

let source: TestApp;
let people: Awaited<ReturnType<typeof fillSource>>;
let mongo: Awaited<ReturnType<typeof openMingoTestStore>>;
let back: TestApp;
const runs: MigrationSummary[] = [];
const progress: [number, number][] = [];

beforeAll(async () => {
  source = await createTestApp({ store: 'sqlite', clock, env });
  people = await fillSource(source);
  mongo = await openMingoTestStore(RETENTION);
  back = await createTestApp({ store: 'sqlite', clock, env });
  runs.push(await migrateStores({ source: source.opened, target: mongo.opened, onProgress: (done, total) => progress.push([done, total]) }));
  runs.push(await migrateStores({ source: source.opened, target: mongo.opened }));
  runs.push(await migrateStores({ source: mongo.opened, target: back.opened }));
}, 60_000);
afterAll(async () => {
  await source?.close();
  await back?.close();
});

describe('migrateStores: SQLite -> MongoDB -> SQLite', () => {
  it('copies every user, application, company and file, and verifies each', () => {
    const [first] = runs;
    expect(first!.problems).toEqual([]);
    expect(first!.ok).toBe(true);
    // [in source, copied, already there, conflicts, verified]
    expect(counts(first!)).toEqual({ users: [3, 3, 0, 0, 3], applications: [4, 4, 0, 0, 4], companies: [4, 4, 0, 0, 4], files: [3, 3, 0, 0, 3] });
    expect(first!.targetChecksum).toBe(first!.sourceChecksum);
  });

  it('reports its progress up to the total it counted first', () => {
    expect(progress.at(-1)).toEqual([14, 14]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('copies nothing twice when run again', () => {
    const second = runs[1]!;
    expect(second.ok).toBe(true);
    expect(counts(second)).toEqual({ users: [3, 0, 3, 0, 3], applications: [4, 0, 4, 0, 4], companies: [4, 0, 4, 0, 4], files: [3, 0, 3, 0, 3] });
    expect(second.sourceChecksum).toBe(runs[0]!.sourceChecksum);
  });

  it('comes back to SQLite with every record the same', () => {
    const third = runs[2]!;
    expect(third.ok).toBe(true);
    expect(counts(third)).toEqual(counts(runs[0]!));
    expect(third.sourceChecksum).toBe(runs[0]!.sourceChecksum);
    expect(third.targetChecksum).toBe(runs[0]!.sourceChecksum);
  });

  it('serves the copies: no old session, the same password, data and files, ids above the copied ones', async () => {
    const migrated = await createTestApp({ store: mongo, clock, env });
    try {
      for (const target of [migrated, back]) {
        expect((await target.call('GET', '/api/auth/user/', { token: people.alice.access })).status).toBe(401);
        const [copy, original] = [await target.login('alice@example.com', people.alice.password), await source.login('alice@example.com', people.alice.password)];
        expect(copy.status).toBe(200);
        for (const path of ['/api/auth/user/', '/api/applications/', '/api/companies/', '/api/analytics/dashboard/', `/media/${people.fileKeys[0]}`, `/media/${people.fileKeys[1]}`]) {
          const [left, right] = [await target.call('GET', path, { token: copy.json.access }), await source.call('GET', path, { token: original.json.access })];
          expect(left.status, path).toBe(200);
          expect(left.text).toBe(right.text);
          expect(left.headers.get('Content-Disposition')).toBe(right.headers.get('Content-Disposition'));
        }
        const bob = await target.login('bob@example.com', people.bob.password);
        expect((await target.call('GET', `/media/${people.fileKeys[2]}`, { token: bob.json.access })).text).toBe(new TextDecoder().decode(TEXT));
      }
      const newcomer = await migrated.registerUser({ email: 'dave@example.com' });
      expect(newcomer.user.id).toBeGreaterThan(people.carol.user.id);
    } finally {
      await migrated.close();
    }
  });

  it('leaves what the target holds differently alone, and says so', async () => {
    const target = await createTestApp({ store: 'sqlite', clock, env });
    try {
      // Someone else under Bob's id, and one of Alice's applications changed after a first copy.
      await target.opened.store.userTransfer.insert({ ...(await source.deps.auth.users.findById(people.alice.user.id))!, id: people.bob.user.id, email: 'mallory@example.com' });
      const first = await migrateStores({ source: source.opened, target: target.opened });
      expect(first.ok).toBe(false);
      expect(first.problems).toEqual([expect.stringMatching(new RegExp(`^users ${people.bob.user.id}: bob@example.com: the target has a different user under this id; nothing of this user was copied$`))]);
      expect(first.counts.users).toMatchObject({ source: 3, copied: 2, conflicts: 1, verified: 2 });
      expect(first.counts.files).toMatchObject({ source: 3, copied: 2, verified: 2 });

      const [application] = (await source.call('GET', '/api/applications/', { token: people.alice.access })).json.results as { id: string }[];
      await target.deps.applications.update(people.alice.user.id, application!.id, (current) => ({ ...current, notes: 'changed in the target' }));
      const again = await migrateStores({ source: source.opened, target: target.opened });
      expect(again.ok).toBe(false);
      expect(again.counts.applications).toMatchObject({ copied: 0, conflicts: 1 });
      expect(again.problems).toContain(`applications ${people.alice.user.id}/${application!.id}: the target holds a different one; left as it is`);
      expect((await target.deps.applications.findById(people.alice.user.id, application!.id))?.notes).toBe('changed in the target');
      expect((await target.deps.auth.users.findById(people.bob.user.id))?.email).toBe('mallory@example.com');
      expect(formatSummary(again, { from: 'sqlite', to: 'sqlite' })).toMatch(/NOT VERIFIED/);
    } finally {
      await target.close();
    }
  });
});
