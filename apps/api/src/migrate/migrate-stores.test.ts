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

const CSV = 'Company,Job Title,Status,Applied Date\nAcme,Developer,Applied,2025-01-15\nHooli,Tester,Interview,2025-02-01\n';
const csvForm = () => form(new TextEncoder().encode(CSV), 'jobs.csv');

/** Contacts (one linked to two applications, with interactions), settings with a calendar feed
 * and two imported rows (with their fingerprints) for Alice; a contact for Bob. */
async function fillPortability(t: TestApp, alice: Person, bob: Person, ids: string[]): Promise<{ contactId: string; secret: string }> {
  const post = (person: Person, path: string, body?: unknown) => t.call('POST', path, { token: person.access, ...(body === undefined ? {} : { body }) });
  const grace = await post(alice, '/api/contacts/', { name: 'Grace Hopper', role: 'Recruiter', email: 'grace@example.com', notes: 'ünïcødé' });
  expect(grace.status, grace.text).toBe(201);
  for (const id of [ids[1], ids[0]]) expect((await post(alice, `/api/contacts/${grace.json.id}/applications/${id}/`)).status).toBe(200);
  expect((await post(alice, `/api/contacts/${grace.json.id}/interactions/`, { channel: 'phone', date: '2025-05-01T10:00:00Z', note: 'Intro' })).status).toBe(201);
  expect((await post(alice, '/api/contacts/', { name: 'Ada', company: 'Initech' })).status).toBe(201);
  expect((await post(bob, '/api/contacts/', { name: 'Linus', email: 'linus@example.com' })).status).toBe(201);
  expect((await t.call('PATCH', '/api/insights/settings/', { token: alice.access, body: { silence_days: 9, weekly_goal: 4 } })).status).toBe(200);
  const feed = await post(alice, '/api/insights/calendar/secret/');
  expect(feed.status, feed.text).toBe(200);
  const imported = await t.call('POST', '/api/import/applications/', { token: alice.access, rawBody: csvForm() });
  expect(imported.json).toMatchObject({ created: 2, duplicates: 0 });
  return { contactId: grace.json.id, secret: feed.json.secret };
}

/** Three users on SQLite: one with a profile, companies, applications with timelines and
 * attachments, a resume, a file attached to nothing, contacts, settings and imported rows; one
 * with a little; one with nothing. */
async function fillSource(t: TestApp): Promise<{ alice: Person; bob: Person; carol: Person; fileKeys: string[]; contactId: string; secret: string }> {
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
  const portability = await fillPortability(t, alice, bob, ids);
  return { alice, bob, carol, fileKeys: [attached.json.file.file_path, resume.json.file.file_path, loose.json.file_path], ...portability };
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
  it('copies every user, application, company, contact, settings record and file, and verifies each', () => {
    const [first] = runs;
    expect(first!.problems).toEqual([]);
    expect(first!.ok).toBe(true);
    // [in source, copied, already there, conflicts, verified]
    expect(counts(first!)).toEqual({
      users: [3, 3, 0, 0, 3], applications: [6, 6, 0, 0, 6], companies: [4, 4, 0, 0, 4], contacts: [3, 3, 0, 0, 3], settings: [1, 1, 0, 0, 1], files: [3, 3, 0, 0, 3],
    });
    expect(first!.targetChecksum).toBe(first!.sourceChecksum);
  });

  it('reports its progress up to the total it counted first', () => {
    expect(progress.at(-1)).toEqual([20, 20]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('copies nothing twice when run again', () => {
    const second = runs[1]!;
    expect(second.ok).toBe(true);
    expect(counts(second)).toEqual({
      users: [3, 0, 3, 0, 3], applications: [6, 0, 6, 0, 6], companies: [4, 0, 4, 0, 4], contacts: [3, 0, 3, 0, 3], settings: [1, 0, 1, 0, 1], files: [3, 0, 3, 0, 3],
    });
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
        const paths = [
          '/api/auth/user/', '/api/applications/', '/api/companies/', '/api/analytics/dashboard/', `/media/${people.fileKeys[0]}`, `/media/${people.fileKeys[1]}`,
          '/api/contacts/', `/api/contacts/${people.contactId}/applications/`, '/api/insights/settings/', '/api/insights/silence/',
        ];
        for (const path of paths) {
          const [left, right] = [await target.call('GET', path, { token: copy.json.access }), await source.call('GET', path, { token: original.json.access })];
          expect(left.status, path).toBe(200);
          expect(left.text).toBe(right.text);
          expect(left.headers.get('Content-Disposition')).toBe(right.headers.get('Content-Disposition'));
        }
        const bob = await target.login('bob@example.com', people.bob.password);
        expect((await target.call('GET', `/media/${people.fileKeys[2]}`, { token: bob.json.access })).text).toBe(new TextDecoder().decode(TEXT));
        expect((await target.call('GET', '/api/contacts/', { token: bob.json.access })).json.results.map((contact: { name: string }) => contact.name)).toEqual(['Linus']);
        // The feed's secret still opens it (its hash came along), and the imported rows' fingerprints did too.
        const feedPath = `/api/calendar/${people.secret}/feed.ics`;
        const [feed, originalFeed] = [await target.call('GET', feedPath), await source.call('GET', feedPath)];
        expect(feed.status).toBe(200);
        expect(feed.text).toBe(originalFeed.text);
        expect((await target.call('POST', '/api/import/applications/', { token: copy.json.access, rawBody: csvForm() })).json).toMatchObject({ created: 0, duplicates: 2 });
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
      const aliceId = people.alice.user.id as number;
      await target.deps.applications.update(aliceId, application!.id, (current) => ({ ...current, notes: 'changed in the target' }));
      await target.deps.contacts.update(aliceId, people.contactId, (current) => ({ ...current, notes: 'changed in the target' }));
      await target.deps.userSettings.update(aliceId, (current) => ({ ...current!, weekly_goal: 99 }));
      const again = await migrateStores({ source: source.opened, target: target.opened });
      expect(again.ok).toBe(false);
      expect(again.counts.applications).toMatchObject({ copied: 0, conflicts: 1 });
      expect(again.counts.contacts).toMatchObject({ copied: 0, conflicts: 1 });
      expect(again.counts.settings).toMatchObject({ copied: 0, conflicts: 1 });
      expect(again.problems).toContain(`applications ${aliceId}/${application!.id}: the target holds a different one; left as it is`);
      expect(again.problems).toContain(`contacts ${aliceId}/${people.contactId}: the target holds a different one; left as it is`);
      expect(again.problems).toContain(`settings ${aliceId}: the target holds different ones; left as they are`);
      expect((await target.deps.userSettings.findByUserId(aliceId))?.weekly_goal).toBe(99);
      expect((await target.deps.applications.findById(aliceId, application!.id))?.notes).toBe('changed in the target');
      expect((await target.deps.auth.users.findById(people.bob.user.id))?.email).toBe('mallory@example.com');
      expect(formatSummary(again, { from: 'sqlite', to: 'sqlite' })).toMatch(/NOT VERIFIED/);
    } finally {
      await target.close();
    }
  });
});
