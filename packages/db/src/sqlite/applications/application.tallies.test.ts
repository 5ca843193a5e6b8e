import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { aMinimalApplication, anApplication } from '@jobtracker/core/testing';
import { migrateToLatest } from '../migrations/migrate.js';
import { MIGRATIONS } from '../migrations/index.js';
import { openSqliteStore, type SqliteStoreWithKysely as SqliteStore } from '../index.js';
import type { Database } from '../schema.js';
import { openSqliteDatabase } from '../sqlite-driver.js';
import { applicationToRow } from './application.mapper.js';

const ALICE = 1;
const BOB = 2;

/** What the tallies must agree with: counting the rows. */
async function countedByStatus(store: SqliteStore, userId: number) {
  const rows = await sql<{ status: string | null; count: number }>`
    select status, count(*) as count from applications where user_id = ${userId} group by status order by status`.execute(store.db);
  return rows.rows;
}

describe('application tallies (SQLite triggers)', () => {
  const directories: string[] = [];
  const stores: SqliteStore[] = [];
  function aPath(): string {
    const directory = mkdtempSync(join(tmpdir(), 'jobtracker-tallies-'));
    directories.push(directory);
    return join(directory, 'tallies.sqlite3');
  }
  async function open(path: string): Promise<SqliteStore> {
    const store = await openSqliteStore({ path, withKysely: true });
    stores.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  it('follow creates, status changes, other updates, deletes and a whole user deleted', async () => {
    const store = await open(aPath());
    const { applications } = store;
    const created = [
      anApplication(ALICE, { application: { status: 'applied' } }),
      anApplication(ALICE, { application: { status: 'applied' } }),
      anApplication(ALICE, { application: { status: 'offer' } }),
      anApplication(ALICE, { application: { status: null } }),
      aMinimalApplication(ALICE),
      anApplication(BOB, { application: { status: 'applied' } }),
    ];
    await Promise.all(created.map((application) => applications.create(application)));
    const check = async () => {
      for (const userId of [ALICE, BOB]) {
        expect(await applications.countByStatus(userId)).toEqual(await countedByStatus(store, userId));
        const total = (await countedByStatus(store, userId)).reduce((sum, row) => sum + row.count, 0);
        expect((await applications.findPage(userId, {}, { offset: 0, limit: 1 })).total).toBe(total);
        for (const status of ['applied', 'offer', 'rejected']) {
          const expected = (await countedByStatus(store, userId)).find((row) => row.status === status)?.count ?? 0;
          expect((await applications.findPage(userId, { status }, { offset: 0, limit: 1 })).total).toBe(expected);
        }
      }
    };
    await check();
    expect(await applications.countByStatus(ALICE)).toEqual([
      { status: null, count: 2 },
      { status: 'applied', count: 2 },
      { status: 'offer', count: 1 },
    ]);

    await applications.update(ALICE, created[0]!.id, (current) => ({ ...current, application: { ...current.application, status: 'rejected' } }));
    await applications.update(ALICE, created[1]!.id, (current) => ({ ...current, notes: 'status kept' }));
    await applications.update(ALICE, created[4]!.id, (current) => ({ ...current, application: { status: 'offer' } }));
    await check();
    await applications.delete(ALICE, created[2]!.id);
    await check();
    await applications.deleteAllOfUser(ALICE);
    await check();
    expect(await applications.countByStatus(ALICE)).toEqual([]);
    expect(await applications.countByStatus(BOB)).toEqual([{ status: 'applied', count: 1 }]);
  });

  it('are filled from the rows already there when the migration runs', async () => {
    const path = aPath();
    const database = await openSqliteDatabase(path);
    const old = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    await migrateToLatest(old, MIGRATIONS.filter((migration) => migration.version < 6));
    const existing = [
      anApplication(ALICE, { application: { status: 'applied' } }),
      anApplication(ALICE, { application: { status: 'interview' } }),
      aMinimalApplication(BOB),
    ];
    for (const application of existing) await old.insertInto('applications').values(applicationToRow(application)).execute();
    await old.destroy();

    const store = await open(path);
    expect(await store.applications.countByStatus(ALICE)).toEqual([
      { status: 'applied', count: 1 },
      { status: 'interview', count: 1 },
    ]);
    expect(await store.applications.countByStatus(BOB)).toEqual([{ status: null, count: 1 }]);
    expect((await store.applications.findPage(ALICE, {}, { offset: 0, limit: 20 })).total).toBe(2);
  });

  it('count what another process wrote to the same file, at once', async () => {
    const path = aPath();
    const first = await open(path);
    const second = await open(path);
    expect((await first.applications.findPage(ALICE, {}, { offset: 0, limit: 20 })).total).toBe(0);
    await second.applications.create(anApplication(ALICE));
    expect((await first.applications.findPage(ALICE, {}, { offset: 0, limit: 20 })).total).toBe(1);
    expect(await first.applications.countByStatus(ALICE)).toEqual([{ status: 'applied', count: 1 }]);
  });

  it('views kept by one process are read again once another process wrote', async () => {
    const path = aPath();
    const first = await open(path);
    const second = await open(path);
    const original = anApplication(ALICE, { application: { status: 'applied' } });
    await first.applications.create(original);
    const before = await first.applications.findViews(ALICE, {}, ['application.status']);
    expect(before.map((view) => view.application?.status)).toEqual(['applied']);
    // Read again with nothing written: the same (kept) views, in a fresh array, frozen since every
    // reader shares them.
    const again = await first.applications.findViews(ALICE, {}, ['application.status']);
    expect(again[0]).toBe(before[0]);
    expect(Object.isFrozen(again[0]) && Object.isFrozen(again[0]!.application)).toBe(true);

    await second.applications.update(ALICE, original.id, (current) => ({ ...current, application: { status: 'offer' } }));
    expect((await first.applications.findViews(ALICE, {}, ['application.status'])).map((view) => view.application?.status)).toEqual(['offer']);
    await second.applications.create(anApplication(ALICE, { application: { status: 'rejected' } }));
    expect(await first.applications.findViews(ALICE, {}, ['application.status'])).toHaveLength(2);
    await second.applications.deleteAllOfUser(ALICE);
    expect(await first.applications.findViews(ALICE, {}, ['application.status'])).toEqual([]);
  });

  it("the dashboard and a list page's versions read only the covering index", async () => {
    const store = await open(aPath());
    const dashboard = await sql<{ detail: string }>`explain query plan
      select company_name, status, source, created_at from applications where user_id = 1 order by created_at desc, id desc`.execute(store.db);
    expect(dashboard.rows.map((row) => row.detail).join('\n')).toContain('COVERING INDEX applications_user_created');
    const page = await sql<{ detail: string }>`explain query plan
      select id, user_id, version from applications where user_id = 1 order by created_at desc, id desc limit 20 offset 0`.execute(store.db);
    expect(page.rows.map((row) => row.detail).join('\n')).toContain('COVERING INDEX applications_user_created');
  });
});
