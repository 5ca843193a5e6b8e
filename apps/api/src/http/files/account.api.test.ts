/** The account over HTTP: the archive downloaded, restored into a new account and compared; every
 * kind of bad archive refused with nothing written; deletion with the password, after which
 * nothing of the user is left and their tokens stop working. */
import type { ArchiveEntry } from '@jobtracker/core';
import { accountSnapshot, type AccountStores } from '@jobtracker/core/testing';
import { openZipArchiveFromBytes, zipEntries } from '@jobtracker/db/zip-archive';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_BODY } from '../../test-support/openapi-cases.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const HOST = 'tracker.example';
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
/** 2 MiB that do not compress, so the archive is over the general 1 MiB body limit. */
const LARGE_PDF = Uint8Array.from({ length: 2 * 1024 * 1024 }, (_, index) => (index < PDF.length ? PDF[index]! : (index * 7919 + (index >> 8) * 104729) % 251));

let t: TestApp;
let stores: AccountStores;
beforeAll(async () => {
  t = await createTestApp();
  stores = { ...t.deps, users: t.deps.auth.users };
});
afterAll(async () => {
  await t.close();
});

type User = Awaited<ReturnType<TestApp['registerUser']>>;

function fileForm(bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.append('file', new File([bytes], name, { type: 'application/octet-stream' }));
  return form;
}

async function download(user: User): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Uint8Array }> {
  const response = await t.app.request('/api/account/export/', { headers: { Authorization: `Bearer ${user.access}` } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

const restore = (user: User, bytes: Uint8Array) => t.call('POST', '/api/account/restore/', { token: user.access, rawBody: fileForm(bytes, 'backup.zip') });

/** An account with a bit of everything the API can write, and settings with a calendar feed. */
async function fillAccount(user: User): Promise<void> {
  const call = (method: string, path: string, body?: unknown) => t.call(method, path, { token: user.access, ...(body ? { body } : {}) });
  await call('PUT', '/api/auth/user/', { first_name: 'Ada', last_name: 'Lovelace', bio: 'Notes on the engine', location: 'Łódź' });
  await call('POST', '/api/auth/skills/add/', { skill: 'Python' });
  expect((await t.call('POST', '/api/applications/upload-resume/', { token: user.access, rawBody: fileForm(PDF, 'Ada CV.pdf') })).status).toBe(201);
  const first = (await call('POST', '/api/applications/', APPLICATION_BODY)).json.id as string;
  const second = (await call('POST', '/api/applications/', { company: { name: 'Globex' }, job: { title: 'Analyst' }, next_action: { date: '2025-07-01', text: 'Call back' } })).json.id as string;
  await call('POST', `/api/applications/${first}/timeline/`, { event_type: 'phone_screen', title: 'Call', date: '2025-01-18T09:00:00Z' });
  expect((await t.call('POST', `/api/applications/${first}/attach/`, { token: user.access, rawBody: fileForm(LARGE_PDF, 'letter.pdf') })).status).toBe(201);
  await call('POST', '/api/companies/', { name: 'Acme', industry: 'Technology', tags: ['remote'] });
  const contact = (await call('POST', '/api/contacts/', { name: 'Grace', role: 'Recruiter', email: 'grace@example.com' })).json.id as string;
  await call('POST', `/api/contacts/${contact}/applications/${second}/`);
  await call('POST', `/api/contacts/${contact}/applications/${first}/`);
  await call('POST', `/api/contacts/${contact}/interactions/`, { channel: 'linkedin', date: '2025-02-01T10:00:00Z', note: 'Said hello' });
  await t.deps.userSettings.update(user.user.id, () => ({
    user_id: user.user.id, silence_days: 30, weekly_goal: 5, calendar_secret_hash: 'c'.repeat(64), updated_at: new Date('2025-03-01T00:00:00Z'),
  }));
}

const isEmpty = async (user: User) =>
  expect(await accountSnapshot(stores, user.user.id)).toMatchObject({ applications: [], companies: [], contacts: [], settings: null });

async function rezip(bytes: Uint8Array, change: (entries: Map<string, Uint8Array>) => void): Promise<Uint8Array> {
  const archive = await openZipArchiveFromBytes(bytes);
  const entries = new Map<string, Uint8Array>();
  try {
    for (const { path } of archive.entries) {
      const parts: Uint8Array[] = [];
      for await (const part of archive.read(path)) parts.push(part);
      entries.set(path, Buffer.concat(parts));
    }
  } finally {
    archive.close();
  }
  change(entries);
  async function* asEntries(): AsyncGenerator<ArchiveEntry> {
    for (const [path, content] of entries) {
      yield { path, compress: true, modifiedAt: new Date('2025-01-01T00:00:00Z'), bytes: (async function* () { yield content; })() };
    }
  }
  const parts: Uint8Array[] = [];
  for await (const part of zipEntries(asEntries())) parts.push(part);
  return Buffer.concat(parts);
}

describe('backup and restore', () => {
  let alice: User;
  let archive: Uint8Array;
  beforeAll(async () => {
    alice = await t.registerUser();
    await fillAccount(alice);
    const downloaded = await download(alice);
    expect(downloaded.status).toBe(200);
    expect(downloaded.type).toBe('application/zip');
    expect(downloaded.disposition).toMatch(/^attachment; filename="jobtracker_account_\d{8}\.zip"$/);
    archive = downloaded.bytes;
  });

  it('downloads a zip with the data, the files and a versioned manifest without the calendar secret', async () => {
    expect(archive.byteLength).toBeGreaterThan(2 * 1024 * 1024);
    const reader = await openZipArchiveFromBytes(archive);
    try {
      const names = reader.entries.map((entry) => entry.path);
      expect(names.slice(0, 3)).toEqual(['data/applications.jsonl', 'data/companies.jsonl', 'data/contacts.jsonl']);
      expect(names.filter((name) => name.startsWith('files/uploads/'))).toHaveLength(2);
      expect(names.at(-1)).toBe('manifest.json');
      const parts: Uint8Array[] = [];
      for await (const part of reader.read('manifest.json')) parts.push(part);
      const manifest = JSON.parse(Buffer.concat(parts).toString('utf8'));
      expect(manifest).toMatchObject({
        format: 'jobtracker-account-archive',
        version: 1,
        profile: { email: alice.email, first_name: 'Ada', skills: ['Python'] },
        settings: { silence_days: 30, weekly_goal: 5 },
        counts: { applications: 2, companies: 1, contacts: 1 },
      });
      expect(JSON.stringify(manifest)).not.toContain('c'.repeat(64));
    } finally {
      reader.close();
    }
  });

  it('restores into a new, empty account: the same data and files, new ids, no calendar secret', async () => {
    const before = await accountSnapshot(stores, alice.user.id);
    const bob = await t.registerUser();
    const restored = await restore(bob, archive);
    expect(restored.status).toBe(200);
    expect(restored.json).toEqual({ applications: 2, companies: 1, contacts: 1, files: 2 });
    expect(await accountSnapshot(stores, bob.user.id)).toEqual(before);
    expect((await t.deps.userSettings.findByUserId(bob.user.id))?.calendar_secret_hash).toBeNull();

    // Over the API too: Bob's own ids, his contact linked to his applications, his files served to him.
    const applications = (await t.call('GET', '/api/applications/', { token: bob.access })).json.results;
    const contacts = (await t.call('GET', '/api/contacts/', { token: bob.access })).json.results;
    expect(contacts[0].application_ids.sort()).toEqual(applications.map((application: { id: string }) => application.id).sort());
    const attachment = applications.flatMap((application: { attachments: Array<{ file_url: string }> }) => application.attachments)[0];
    expect(attachment.file_url).toMatch(new RegExp(`^/media/uploads/${bob.user.id}/document/`));
    const file = await t.app.request(attachment.file_url, { headers: { Authorization: `Bearer ${bob.access}` } });
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(LARGE_PDF))).toBe(true);
    // The source account is untouched.
    expect(await accountSnapshot(stores, alice.user.id)).toEqual(before);
  });

  it('refuses an account that holds anything (409), changing nothing', async () => {
    const carol = await t.registerUser();
    await t.call('POST', '/api/contacts/', { token: carol.access, body: { name: 'Only me' } });
    const before = await accountSnapshot(stores, carol.user.id);
    const refused = await restore(carol, archive);
    expect(refused).toMatchObject({
      status: 409,
      json: { error: 'Account is not empty: restore needs an account without applications, companies or contacts' },
    });
    expect(await accountSnapshot(stores, carol.user.id)).toEqual(before);
  });

  it.each([
    ['a path that leaves the folder', (entries: Map<string, Uint8Array>) => entries.set('files/../../etc/passwd', PDF), 'The archive entry "files/../../etc/passwd" has a path that leaves the archive folder (..).'],
    ['an absolute path', (entries: Map<string, Uint8Array>) => entries.set('/etc/passwd', PDF), 'The archive entry "/etc/passwd" has an absolute path.'],
    ['a manifest of an unknown version', (entries: Map<string, Uint8Array>) => {
      const manifest = JSON.parse(Buffer.from(entries.get('manifest.json')!).toString('utf8'));
      entries.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, version: 2 })));
    }, "The archive's manifest has version 2; this server reads version 1."],
    ['no manifest', (entries: Map<string, Uint8Array>) => entries.delete('manifest.json'), 'The archive has no manifest.json: it is not a Job Tracker account archive.'],
  ])('refuses %s with a 400 on archive, writing nothing', async (_, change, message) => {
    const dave = await t.registerUser();
    const filesBefore = (await t.media.committed()).length;
    const refused = await restore(dave, await rezip(archive, change));
    expect(refused).toMatchObject({ status: 400, json: { archive: [message] } });
    await isEmpty(dave);
    expect(await t.media.committed()).toHaveLength(filesBefore);
    expect(await t.media.staged()).toEqual([]);
  });

  it('refuses a file that is not a zip, no file, and a body over the limit', async () => {
    const erin = await t.registerUser();
    expect(await restore(erin, PDF)).toMatchObject({ status: 400, json: { archive: [expect.stringMatching(/^The file is not a zip archive/)] } });
    expect(await t.call('POST', '/api/account/restore/', { token: erin.access, rawBody: new FormData() })).toMatchObject({ status: 400, json: { error: 'No file provided' } });
    const tooLarge = await t.app.request('/api/account/restore/', {
      method: 'POST',
      headers: { Authorization: `Bearer ${erin.access}`, 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(2 * 1024 ** 3) },
      body: 'x',
    });
    expect(tooLarge.status).toBe(413);
    await isEmpty(erin);
  });

  it('takes the web session cookie: downloads from anywhere, restores only from our own origin', async () => {
    const frank = await t.registerUser();
    const login = await t.app.request('/trpc/auth.login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: HOST, Origin: `https://${HOST}` },
      body: JSON.stringify({ email: frank.email, password: frank.password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const exported = await t.app.request('/api/account/export/', { headers: { Host: HOST, Cookie: cookie } });
    expect(exported.status).toBe(200);
    const crossSite = await t.app.request('/api/account/restore/', {
      method: 'POST',
      headers: { Host: HOST, Cookie: cookie, Origin: 'https://evil.example' },
      body: fileForm(archive, 'backup.zip'),
    });
    expect(crossSite.status).toBe(403);
    await isEmpty(frank);
    const sameSite = await t.app.request('/api/account/restore/', {
      method: 'POST',
      headers: { Host: HOST, Cookie: cookie, Origin: `https://${HOST}` },
      body: fileForm(archive, 'backup.zip'),
    });
    expect(sameSite.status).toBe(200);
  });
});

describe('account deletion', () => {
  it('asks for the password, then removes every record and file of the user and ends every session', async () => {
    const grace = await t.registerUser();
    await fillAccount(grace);
    const other = await t.registerUser();
    await fillAccount(other);
    const othersBefore = await accountSnapshot(stores, other.user.id);
    expect((await t.media.committed(String(grace.user.id))).length).toBeGreaterThan(0);

    const wrong = await t.call('POST', '/api/account/delete/', { token: grace.access, body: { password: 'not it' } });
    expect(wrong).toMatchObject({ status: 400, json: { password: ['Password is incorrect.'] } });
    expect((await t.call('GET', '/api/auth/user/', { token: grace.access })).status).toBe(200);

    const deleted = await t.call('POST', '/api/account/delete/', { token: grace.access, body: { password: grace.password } });
    expect(deleted).toMatchObject({ status: 200, json: { sessions: 1, applications: 2, companies: 1, contacts: 1, files: 2 } });
    expect((await t.call('GET', '/api/auth/user/', { token: grace.access })).status).toBe(401);
    expect((await t.call('POST', '/api/auth/refresh/', { body: { refresh: grace.refresh } })).status).toBe(401);
    expect((await t.login(grace.email, grace.password)).status).toBe(401);
    expect(await t.deps.auth.users.findById(grace.user.id)).toBeNull();
    expect(await accountSnapshot(stores, grace.user.id)).toBeNull();
    expect(await t.deps.userSettings.findByUserId(grace.user.id)).toBeNull();
    expect(await t.media.committed(String(grace.user.id))).toEqual([]);
    expect(await accountSnapshot(stores, other.user.id)).toEqual(othersBefore);
  });

  it('over tRPC clears the web session cookie too', async () => {
    const henry = await t.registerUser();
    const login = await t.app.request('/trpc/auth.login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: HOST, Origin: `https://${HOST}` },
      body: JSON.stringify({ email: henry.email, password: henry.password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const deleted = await t.app.request('/trpc/account.delete', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: HOST, Origin: `https://${HOST}`, Cookie: cookie },
      body: JSON.stringify({ password: henry.password }),
    });
    expect(deleted.status).toBe(200);
    expect(deleted.headers.get('set-cookie')).toMatch(/^jt_session=;.*Max-Age=0/);
    const me = await t.app.request('/trpc/auth.me', { headers: { Host: HOST, Cookie: cookie } });
    expect(me.status).toBe(401);
  });
});
