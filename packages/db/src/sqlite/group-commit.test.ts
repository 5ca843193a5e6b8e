import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { aMinimalApplication, aNewUser, anApplication } from '@jobtracker/core/testing';
import { openSqliteStore, type SqliteStoreWithKysely as SqliteStore } from './index.js';

describe('group commit (SQLite)', () => {
  const stores: SqliteStore[] = [];
  let directory = '';
  let path = '';
  async function open(): Promise<SqliteStore> {
    if (!directory) {
      directory = mkdtempSync(join(tmpdir(), 'jobtracker-group-commit-'));
      path = join(directory, 'writes.sqlite3');
    }
    const store = await openSqliteStore({ path, withKysely: true });
    stores.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    rmSync(directory, { recursive: true, force: true });
    directory = '';
  });

  it('commits writes that arrive together in one transaction', async () => {
    const store = await open();
    const before = store.connection.commits;
    const batch = Array.from({ length: 50 }, () => aMinimalApplication(1));
    await Promise.all(batch.map((application) => store.applications.create(application)));
    expect(store.connection.commits - before).toBe(1);
    expect((await store.applications.findPage(1, {}, { offset: 0, limit: null })).total).toBe(50);

    // Writes of different kinds join the same batch.
    const user = store.users.create(aNewUser({ email: 'batched@example.com' }));
    const update = store.applications.update(1, batch[0]!.id, (current) => ({ ...current, notes: 'batched' }));
    const removal = store.applications.delete(1, batch[1]!.id);
    await Promise.all([user, update, removal]);
    expect(store.connection.commits - before).toBe(2);
  });

  it('a write that fails rolls back alone; the others of its batch commit', async () => {
    const store = await open();
    const kept = anApplication(1);
    await store.applications.create(kept);
    const first = aMinimalApplication(1);
    const last = aMinimalApplication(1);
    const outcomes = await Promise.allSettled([
      store.applications.create(first),
      // The same id again: the primary key refuses it.
      store.applications.create(kept),
      store.applications.update(1, kept.id, (current) => ({ ...current, notes: 'lost' })).then(() => {
        throw new Error('not expected');
      }),
      store.applications.update(1, kept.id, () => {
        throw new Error('change refused');
      }),
      store.applications.create(last),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(String((outcomes[3] as PromiseRejectedResult).reason)).toMatch(/change refused/);
    // The third was written and acknowledged with its batch; its `then` threw afterwards.
    expect((await store.applications.findById(1, kept.id))?.notes).toBe('lost');
    expect(await store.applications.findById(1, first.id)).not.toBeNull();
    expect(await store.applications.findById(1, last.id)).not.toBeNull();
    expect((await store.applications.findPage(1, {}, { offset: 0, limit: null })).total).toBe(3);
  });

  it('a rolled-back write leaves nothing behind, not even what it wrote before failing', async () => {
    const store = await open();
    const application = anApplication(1, { application: { status: 'applied' } });
    await store.applications.create(application);
    await expect(
      store.connection.write(() => {
        store.connection.run({ sql: 'delete from applications where id = ?', parameters: [application.id] });
        throw new Error('after the delete');
      }),
    ).rejects.toThrow('after the delete');
    expect(await store.applications.findById(1, application.id)).not.toBeNull();
    expect(await store.applications.countByStatus(1)).toEqual([{ status: 'applied', count: 1 }]);
  });

  it('acknowledges a write only once it is committed: another connection already sees it', async () => {
    const store = await open();
    const reader = new BetterSqlite3(path, { readonly: true });
    try {
      const application = aMinimalApplication(1);
      const seen = await store.applications.create(application).then(
        () => reader.prepare('select count(*) as n from applications where id = ?').get(application.id) as { n: number },
      );
      expect(seen.n).toBe(1);
    } finally {
      reader.close();
    }
  });

  it('when the transaction cannot start, every write of the batch fails and the next batch works', async () => {
    const store = await open();
    await sql`pragma busy_timeout = 20`.execute(store.db);
    const other = new BetterSqlite3(path);
    try {
      other.exec('begin immediate');
      const outcomes = await Promise.allSettled([store.applications.create(aMinimalApplication(1)), store.applications.create(aMinimalApplication(1))]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
      expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/locked|busy/i);
      other.exec('rollback');
      await store.applications.create(aMinimalApplication(1));
      expect((await store.applications.findPage(1, {}, { offset: 0, limit: null })).total).toBe(1);
    } finally {
      other.close();
    }
  });

  it('close waits for the writes already queued', async () => {
    const store = await open();
    const writes = Array.from({ length: 10 }, () => store.applications.create(aMinimalApplication(1)));
    await store.close();
    stores.splice(stores.indexOf(store), 1);
    await Promise.all(writes);
    const reopened = await open();
    expect((await reopened.applications.findPage(1, {}, { offset: 0, limit: null })).total).toBe(10);
  });
});
