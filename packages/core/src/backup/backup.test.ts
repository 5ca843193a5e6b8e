import { beforeEach, describe, expect, it } from 'vitest';
import { parseFileKey } from '../files/file-key.js';
import { DomainError } from '../shared/domain-error.js';
import {
  accountSnapshot,
  aContact,
  aNewUser,
  aSession,
  collectArchive,
  createInMemoryFileStore,
  fakePasswordHasher,
  inMemoryArchive,
  inMemoryRepositories,
  seedAccount,
  sequentialIds,
  type InMemoryArchive,
} from '../testing/index.js';
import { deleteAccount } from './delete-account.js';
import { exportAccount } from './export-account.js';
import { restoreAccount } from './restore-account.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');

/** One instance: repositories (settings included) and files. */
function anInstance() {
  let uuid = 0;
  return {
    ...inMemoryRepositories(),
    files: createInMemoryFileStore({ now: () => NOW }),
    hasher: fakePasswordHasher,
    ids: sequentialIds(),
    random: { uuidHex: () => `${(++uuid).toString(16).padStart(12, '0')}4000b${uuid.toString(16).padStart(15, '0')}` },
  };
}
type Instance = ReturnType<typeof anInstance>;

async function newUser(instance: Instance, email: string): Promise<number> {
  return (await instance.users.create(aNewUser({ email, password_hash: 'hashed:secret words' })))!.id;
}

const exported = async (instance: Instance, userId: number): Promise<InMemoryArchive> =>
  collectArchive(await exportAccount(instance, { userId, now: NOW }));

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const bytes = (value: string) => new TextEncoder().encode(value);

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code === 'VALIDATION.FAILED' ? error.details : error.code;
    throw error;
  }
  return 'restored';
}

let source: Instance;
let aliceId: number;
beforeEach(async () => {
  source = anInstance();
  aliceId = await newUser(source, 'alice@example.com');
  await seedAccount(source, aliceId);
});

describe('the account archive', () => {
  it('lists data, then files, then the manifest with exact counts, the profile and the settings', async () => {
    const archive = await exported(source, aliceId);
    const names = [...archive.files.keys()];
    expect(names.slice(0, 3)).toEqual(['data/applications.jsonl', 'data/companies.jsonl', 'data/contacts.jsonl']);
    expect(names.slice(3, -1)).toHaveLength(3);
    for (const name of names.slice(3, -1)) expect(name).toMatch(new RegExp(`^files/uploads/${aliceId}/(resume|document)/[0-9a-f-]{36}\\.(pdf|docx)$`));
    expect(names.at(-1)).toBe('manifest.json');
    const manifest = JSON.parse(text(archive.files.get('manifest.json'))) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 'jobtracker-account-archive',
      version: 1,
      exported_at: { $date: '2025-06-01T12:00:00.000Z' },
      profile: { email: 'alice@example.com', first_name: 'Ada', skills: ['Python', 'Łódź', '東京'], date_joined: { $date: expect.any(String) } },
      settings: { silence_days: 30, weekly_goal: 5 },
      counts: { applications: 3, companies: 2, contacts: 2 },
      missing_files: [],
    });
    expect((manifest['files'] as unknown[]).map((file) => (file as { display_name: string }).display_name).sort()).toEqual([
      'Ada CV.pdf',
      'letter.pdf',
      'sample.docx',
    ]);
    const firstLine = text(archive.files.get('data/applications.jsonl')).split('\n')[0] ?? '';
    expect(JSON.parse(firstLine)).not.toHaveProperty('user_id');
    expect(text(archive.files.get('manifest.json'))).not.toContain('c'.repeat(64));
    expect(firstLine).toContain('"created_at":{"$date":"2025-03-01T09:00:00.000Z"}');
  });

  it('round-trips into an empty account on the same instance: identical data and files, new ids and keys', async () => {
    const before = await accountSnapshot(source, aliceId);
    const archive = await exported(source, aliceId);
    const bobId = await newUser(source, 'bob@example.com');
    const result = await restoreAccount(source, { userId: bobId, archive: archive.reader(), now: NOW });
    expect(result).toEqual({ applications: 3, companies: 2, contacts: 2, files: 3 });
    expect(await accountSnapshot(source, bobId)).toEqual(before);
    // The calendar feed's secret stays with its account.
    expect(await source.userSettings.findByUserId(bobId)).toMatchObject({ silence_days: 30, weekly_goal: 5, calendar_secret_hash: null, updated_at: NOW });
    // Alice's account is untouched, and none of Bob's ids or files are hers.
    expect(await accountSnapshot(source, aliceId)).toEqual(before);
    const alices = new Set((await source.applications.findPage(aliceId, {}, { offset: 0, limit: null })).items.map((a) => a.id));
    for (const application of (await source.applications.findPage(bobId, {}, { offset: 0, limit: null })).items) {
      expect(alices.has(application.id)).toBe(false);
      // Server-shaped keys move into Bob's folder; a legacy path no store serves stays as it was.
      for (const attachment of application.attachments ?? []) {
        if (parseFileKey(attachment.file_path)) expect(attachment.file_path).toMatch(new RegExp(`^uploads/${bobId}/`));
      }
    }
  });

  it('round-trips into another instance, and back out to the same archive contents', async () => {
    const before = await accountSnapshot(source, aliceId);
    const archive = await exported(source, aliceId);
    const other = anInstance();
    await newUser(other, 'someone@example.com');
    const aliceThere = await newUser(other, 'alice@elsewhere.example');
    await restoreAccount(other, { userId: aliceThere, archive: archive.reader(), now: NOW });
    expect(await accountSnapshot(other, aliceThere)).toEqual(before);
    const again = await exported(other, aliceThere);
    expect(JSON.parse(text(again.files.get('manifest.json')))).toMatchObject({ counts: { applications: 3, companies: 2, contacts: 2 } });
  });
});

describe('restore refuses, writing nothing', () => {
  let bobId: number;
  let archive: InMemoryArchive;
  beforeEach(async () => {
    archive = await exported(source, aliceId);
    bobId = await newUser(source, 'bob@example.com');
  });

  const tamper = (edit: (files: Map<string, Uint8Array>) => void) => {
    const files = new Map(archive.files);
    edit(files);
    return inMemoryArchive(files).reader();
  };
  const manifestWith = (change: (manifest: Record<string, unknown>) => void) =>
    tamper((files) => {
      const manifest = JSON.parse(text(files.get('manifest.json'))) as Record<string, unknown>;
      change(manifest);
      files.set('manifest.json', bytes(JSON.stringify(manifest)));
    });
  const restoreFrom = (reader: ReturnType<InMemoryArchive['reader']>) => refusal(restoreAccount(source, { userId: bobId, archive: reader, now: NOW }));
  const archiveError = (message: string | RegExp) => ({ fieldErrors: { archive: [message] } });

  it.each([
      ['a path leaving the folder', (files: Map<string, Uint8Array>) => files.set('files/../../etc/passwd', bytes('x')), 'The archive entry "files/../../etc/passwd" has a path that leaves the archive folder (..).'],
      ['an absolute path', (files: Map<string, Uint8Array>) => files.set('/etc/passwd', bytes('x')), 'The archive entry "/etc/passwd" has an absolute path.'],
      ['a backslash', (files: Map<string, Uint8Array>) => files.set('files\\x', bytes('x')), 'The archive entry "files\\\\x" has a backslash.'],
      ['an extra file', (files: Map<string, Uint8Array>) => files.set('files/extra.txt', bytes('x')), 'The archive holds "files/extra.txt", which the manifest does not list.'],
      ['a missing file', (files: Map<string, Uint8Array>) => files.delete([...files.keys()].find((name) => name.startsWith('files/'))!), /^The archive lacks files\/uploads\/.* which the manifest lists\.$/],
      ['no manifest', (files: Map<string, Uint8Array>) => files.delete('manifest.json'), 'The archive has no manifest.json: it is not a Job Tracker account archive.'],
      ['an oversized file', (files: Map<string, Uint8Array>) => {
        const name = [...files.keys()].find((entry) => entry.startsWith('files/'))!;
        files.set(name, new Uint8Array(5 * 1024 * 1024 + 1));
      }, /^The archive entry "files\/uploads\/.*" is larger than 5242880 bytes\.$/],
      ['a broken document', (files: Map<string, Uint8Array>) => files.set('data/contacts.jsonl', bytes('{"id":"zz","name":1}\n')), 'data/contacts.jsonl line 1: id: not a 24-hex id.'],
      ['an operator key', (files: Map<string, Uint8Array>) => files.set('data/companies.jsonl', bytes(`{"id":"${'a'.repeat(24)}","name":"x","$where":"1"}\n`)), 'data/companies.jsonl line 1: the key "$where" is not allowed.'],
    ])('%s', async (_, edit, message) => {
      const answer = await restoreFrom(tamper(edit));
      if (typeof message === 'string') expect(answer).toEqual(archiveError(message));
      else expect(answer).toEqual({ fieldErrors: { archive: [expect.stringMatching(message)] } });
      expect(await accountSnapshot(source, bobId)).toMatchObject({ applications: [], companies: [], contacts: [], settings: null });
    });

  it('refuses a manifest of another version or format, or counts that do not match', async () => {
    expect(await restoreFrom(manifestWith((manifest) => (manifest['version'] = 2)))).toEqual(
      archiveError("The archive's manifest has version 2; this server reads version 1."),
    );
    expect(await restoreFrom(manifestWith((manifest) => (manifest['format'] = 'other')))).toEqual(
      archiveError('manifest.json does not describe a Job Tracker account archive.'),
    );
    expect(await restoreFrom(manifestWith((manifest) => ((manifest['counts'] as Record<string, number>)['contacts'] = 3)))).toEqual(
      archiveError('data/contacts.jsonl holds 2 documents; the manifest says 3.'),
    );
    expect(await restoreFrom(manifestWith((manifest) => ((manifest['files'] as Array<Record<string, unknown>>)[0]!['key'] = '../../x')))).toEqual(
      archiveError('manifest.json lists "../../x", which is not an uploaded file\'s name.'),
    );
  });

  it('refuses an account that holds anything', async () => {
    await source.contacts.create(aContact(bobId));
    expect(await restoreFrom(archive.reader())).toBe('ACCOUNT.NOT_EMPTY');
  });

  it('undoes everything when writing fails part-way', async () => {
    const profileBefore = await source.users.findById(bobId);
    let commits = 0;
    const failing = {
      ...source,
      files: {
        ...source.files,
        async commit(...args: Parameters<typeof source.files.commit>) {
          commits += 1;
          if (commits === 2) throw new Error('disk full');
          return source.files.commit(...args);
        },
      },
    };
    await expect(restoreAccount(failing, { userId: bobId, archive: archive.reader(), now: NOW })).rejects.toThrow('disk full');
    expect(await accountSnapshot(source, bobId)).toMatchObject({ applications: [], companies: [], contacts: [], settings: null });
    expect(await source.users.findById(bobId)).toEqual(profileBefore);
    expect(source.files.inspect().staged).toEqual([]);
    expect(source.files.inspect().committed.sort()).toEqual((await accountKeys(source, aliceId)).sort());
  });
});

async function accountKeys(instance: Instance, userId: number): Promise<string[]> {
  const keys: string[] = [];
  for await (const application of instance.applications.stream(userId, {})) {
    for (const attachment of application.attachments ?? []) if (parseFileKey(attachment.file_path)) keys.push(attachment.file_path);
  }
  const resume = (await instance.users.findById(userId))?.resume_url;
  if (resume) keys.push(resume.slice('/media/'.length));
  return keys;
}

describe('deleteAccount', () => {
  it('removes every record and file of the user, and nobody else’s', async () => {
    const bobId = await newUser(source, 'bob@example.com');
    await seedAccount(source, bobId);
    await source.sessions.create(aSession(aliceId));
    await source.attempts.recordFailure('account:alice@example.com', NOW);
    await source.attempts.recordFailure('account:bob@example.com', NOW);
    const bobBefore = await accountSnapshot(source, bobId);

    expect(await refusal(deleteAccount(source, { userId: aliceId, password: 'guess' }))).toEqual({ fieldErrors: { password: ['Password is incorrect.'] } });
    expect(await accountSnapshot(source, aliceId)).not.toBeNull();
    expect(await deleteAccount(source, { userId: aliceId, password: 'secret words' })).toEqual({ sessions: 1, applications: 3, companies: 2, contacts: 2, files: 3 });
    expect(await source.users.findById(aliceId)).toBeNull();
    expect(await source.applications.findPage(aliceId, {}, { offset: 0, limit: null })).toEqual({ total: 0, items: [] });
    expect(await source.userSettings.findByUserId(aliceId)).toBeNull();
    expect(await source.attempts.failuresSince('account:alice@example.com', new Date(0))).toEqual([]);
    expect(source.files.inspect().committed.filter((key) => key.startsWith(`uploads/${aliceId}/`))).toEqual([]);

    expect(await accountSnapshot(source, bobId)).toEqual(bobBefore);
    expect(await source.attempts.failuresSince('account:bob@example.com', new Date(0))).toHaveLength(1);
    expect(await refusal(deleteAccount(source, { userId: aliceId, password: 'secret words' }))).toBe('AUTH.USER_NOT_FOUND');
  });
});
