/** Copies every user, with their applications (import fingerprints included), companies,
 * contacts, settings (the calendar feed's secret hash included) and files, from one store into
 * another, then reads everything back and compares checksums. Idempotent: a record already in
 * the target with the same checksum is counted, not copied again; one that differs is reported
 * and left alone, never overwritten. Sessions, refresh tokens and failed logins are not copied:
 * users sign in again. Users and documents keep their ids (file keys, contacts' links to
 * applications and the contract's ids depend on them); the target hands out higher user ids to
 * later registrations. */
import type { Contact, FileStore, User } from '@jobtracker/core';
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
  const planned = new Map<number, Record<Exclude<Kind, 'users'>, number>>();
  let total = users.length;
  for (const user of users) {
    const plan = {
      applications: (await source.store.applications.findPage(user.id, {}, { offset: 0, limit: 1 })).total,
      companies: (await source.store.companies.findAll(user.id, {})).length,
      contacts: (await source.store.contacts.findPage(user.id, {}, { offset: 0, limit: 1 })).total,
      settings: (await source.store.userSettings.findByUserId(user.id)) ? 1 : 0,
      files: (await source.files.list(user.id)).length,
    };
    planned.set(user.id, plan);
    total += Object.values(plan).reduce((sum, count) => sum + count, 0);
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
    await copyContacts(user.id, options, tally, step);
    await copySettings(user.id, options, tally, step);
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

const CONTACT_PAGE = 500;

/** Read a page at a time, in the repository's order (name, then id), so memory stays bounded. */
async function* allContacts(store: JobTrackerStore, userId: number): AsyncGenerator<Contact> {
  for (let offset = 0; ; offset += CONTACT_PAGE) {
    const { items } = await store.contacts.findPage(userId, {}, { offset, limit: CONTACT_PAGE });
    yield* items;
    if (items.length < CONTACT_PAGE) return;
  }
}

function copyContacts(userId: number, { source, target }: MigrateOptions, tally: Tally, step: Step): Promise<void> {
  return reconcile({
    kind: 'contacts',
    userId,
    // Ids are kept, so `application_ids` point at the copied applications as they are.
    sourceRecords: allContacts(source.store, userId),
    targetRecords: () => allContacts(target.store, userId),
    find: (id) => target.store.contacts.findById(userId, id),
    create: (contact) => target.store.contacts.create(contact),
    tally,
    step,
  });
}

/** One record per user, or none while the defaults apply (then none is written either). */
async function copySettings(userId: number, { source, target }: MigrateOptions, tally: Tally, step: Step): Promise<void> {
  const id = String(userId);
  const original = await source.store.userSettings.findByUserId(userId);
  const expected = original && documentChecksum(original);
  if (original) {
    step('settings');
    const existing = await target.store.userSettings.findByUserId(userId);
    if (existing === null) {
      try {
        // Written only where there is still none: a record made meanwhile is compared, not replaced.
        let created = false;
        await target.store.userSettings.update(userId, (current) => {
          created = current === null;
          return current ?? original;
        });
        if (created) tally.counts.settings.copied += 1;
        else tally.conflict('settings', id, 'made in the target while copying; left as it is');
      } catch (error) {
        tally.conflict('settings', id, `the target refused it (${(error as Error).message})`);
      }
    } else if (documentChecksum(existing) === expected) tally.counts.settings.present += 1;
    else tally.conflict('settings', id, 'the target holds different ones; left as they are');
  }
  const stored = await target.store.userSettings.findByUserId(userId);
  if (original || stored) tally.checked('settings', id, expected, stored && documentChecksum(stored));
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
