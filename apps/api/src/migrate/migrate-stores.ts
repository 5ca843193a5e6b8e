/** Copies every user, with their applications, companies and files, from one store into
 * another, then reads everything back and compares checksums. Idempotent: a record already in
 * the target with the same checksum is counted, not copied again; one that differs is reported
 * and left alone, never overwritten. Sessions, refresh tokens and failed logins are not copied:
 * users sign in again. Users keep their ids (file keys, documents and the contract's ids depend
 * on them); the target hands out higher ids to later registrations. */
import type { FileStore, User } from '@jobtracker/core';
import type { JobTrackerStore } from '@jobtracker/db';
import { documentChecksum, fileChecksum } from './checksum.js';
import { createTally, type Kind, type MigrationSummary, type Tally } from './migration-tally.js';

export type MigrationSide = { store: JobTrackerStore; files: FileStore };

export type MigrateOptions = {
  source: MigrationSide;
  target: MigrationSide;
  /** Records handled so far, of all the source holds (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
};

type Step = (kind: Kind, count?: number) => void;

export async function migrateStores(options: MigrateOptions): Promise<MigrationSummary> {
  const { source, target } = options;
  const tally = createTally();
  const users: User[] = [];
  for await (const user of source.store.userTransfer.all()) users.push(user);

  // Counted first, so the progress bar knows its end.
  const planned = new Map<number, Record<'applications' | 'companies' | 'files', number>>();
  let total = users.length;
  for (const user of users) {
    const plan = {
      applications: (await source.store.applications.findPage(user.id, {}, { offset: 0, limit: 1 })).total,
      companies: (await source.store.companies.findAll(user.id, {})).length,
      files: (await source.files.list(user.id)).length,
    };
    planned.set(user.id, plan);
    total += plan.applications + plan.companies + plan.files;
  }
  let done = 0;
  const step: Step = (kind, count = 1) => {
    tally.counts[kind].source += count;
    done += count;
    options.onProgress?.(done, total);
  };

  for (const user of users) {
    step('users');
    if (!(await copyUser(user, target, tally))) {
      // Counted as in the source and not verified, so the run is not "verified".
      for (const [kind, count] of Object.entries(planned.get(user.id) ?? {}) as [Kind, number][]) if (count > 0) step(kind, count);
      continue;
    }
    await copyApplications(user.id, options, tally, step);
    await copyCompanies(user.id, options, tally, step);
    await copyFiles(user.id, options, tally, step);
  }
  options.onProgress?.(total, total);
  return tally.summary();
}

/** False when the target holds someone else under this id or email: nothing of theirs is copied. */
async function copyUser(user: User, target: MigrationSide, tally: Tally): Promise<boolean> {
  const id = String(user.id);
  const expected = documentChecksum(user);
  const inserted = (await target.store.userTransfer.insert(user)) === 'inserted';
  const stored = await target.store.users.findById(user.id);
  const storedChecksum = stored && documentChecksum(stored);
  if (storedChecksum !== expected) {
    tally.conflict('users', id, `${user.email}: the target has ${stored ? 'a different user under this id' : 'this email under another id'}; nothing of this user was copied`);
    tally.checked('users', id, expected, storedChecksum);
    return false;
  }
  tally.counts.users[inserted ? 'copied' : 'present'] += 1;
  tally.checked('users', id, expected, storedChecksum);
  return true;
}

/** Copies what is missing, and compares every record on both sides by id. */
async function reconcile<T extends { id: string }>(options: {
  kind: Kind;
  userId: number;
  sourceRecords: AsyncIterable<T> | T[];
  targetRecords: () => AsyncIterable<T> | Promise<T[]>;
  find: (id: string) => Promise<T | null>;
  create: (record: T) => Promise<void>;
  tally: Tally;
  step: Step;
}): Promise<void> {
  const { kind, tally } = options;
  const expected = new Map<string, string>();
  for await (const record of options.sourceRecords) {
    options.step(kind);
    const id = `${options.userId}/${record.id}`;
    const checksum = documentChecksum(record);
    expected.set(record.id, checksum);
    const existing = await options.find(record.id);
    if (existing === null) {
      try {
        await options.create(record);
        tally.counts[kind].copied += 1;
      } catch (error) {
        tally.conflict(kind, id, `the target refused it (${(error as Error).message})`);
      }
    } else if (documentChecksum(existing) === checksum) tally.counts[kind].present += 1;
    else tally.conflict(kind, id, 'the target holds a different one; left as it is');
  }
  const stored = new Map<string, string>();
  for await (const record of await options.targetRecords()) stored.set(record.id, documentChecksum(record));
  for (const id of [...new Set([...expected.keys(), ...stored.keys()])].sort()) {
    tally.checked(kind, `${options.userId}/${id}`, expected.get(id) ?? null, stored.get(id) ?? null);
  }
}

function copyApplications(userId: number, { source, target }: MigrateOptions, tally: Tally, step: Step): Promise<void> {
  return reconcile({
    kind: 'applications',
    userId,
    sourceRecords: source.store.applications.stream(userId, {}),
    targetRecords: () => target.store.applications.stream(userId, {}),
    find: (id) => target.store.applications.findById(userId, id),
    create: (application) => target.store.applications.create(application),
    tally,
    step,
  });
}

async function copyCompanies(userId: number, { source, target }: MigrateOptions, tally: Tally, step: Step): Promise<void> {
  return reconcile({
    kind: 'companies',
    userId,
    // Insertion order, which the company list keeps.
    sourceRecords: await source.store.companies.findAll(userId, {}),
    targetRecords: () => target.store.companies.findAll(userId, {}),
    find: (id) => target.store.companies.findById(userId, id),
    create: (company) => target.store.companies.create(company),
    tally,
    step,
  });
}

async function copyFiles(userId: number, { source, target }: MigrateOptions, tally: Tally, step: Step): Promise<void> {
  const keys = await source.files.list(userId);
  const expected = new Map<string, string>();
  for (const key of keys) {
    step('files');
    const original = await source.files.open(userId, key);
    if (!original) {
      tally.conflict('files', key, 'removed from the source while copying');
      continue;
    }
    const checksum = await fileChecksum(original);
    expected.set(key, checksum);
    const existing = await target.files.open(userId, key);
    if (existing) {
      if ((await fileChecksum(existing)) === checksum) tally.counts.files.present += 1;
      else tally.conflict('files', key, 'the target holds different bytes or another name; left as it is');
      continue;
    }
    const reopened = await source.files.open(userId, key);
    if (!reopened) continue;
    const staged = await target.files.stage(reopened.bytes);
    try {
      await target.files.commit(staged, { key, displayName: reopened.displayName ?? '' });
      tally.counts.files.copied += 1;
    } catch (error) {
      await target.files.discard(staged);
      tally.conflict('files', key, `the target refused it (${(error as Error).message})`);
    }
  }
  const stored = await target.files.list(userId);
  for (const key of [...new Set([...keys, ...stored])].sort()) {
    const file = stored.includes(key) ? await target.files.open(userId, key) : null;
    tally.checked('files', key, expected.get(key) ?? null, file ? await fileChecksum(file) : null);
  }
}
