import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { aNewUser, aRefreshToken, aSession, anApplication } from '@jobtracker/core/testing';
import { openTempSqliteStore, type TempSqliteStore } from '../test-support/temp-sqlite-store.js';
import { MIGRATIONS } from './migrations/index.js';
import { LATEST_SCHEMA_VERSION } from './migrations/latest.js';
import { migrateToLatest } from './migrations/migrate.js';
import type { Database } from './schema.js';
import { openSqliteStore, schemaVersion } from './index.js';

describe('openSqliteStore', () => {
  const opened: TempSqliteStore[] = [];
  async function open(): Promise<TempSqliteStore> {
    const store = await openTempSqliteStore();
    opened.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });

  it('creates the directory and sets the connection pragmas', async () => {
    const store = await open();
    expect(existsSync(store.path)).toBe(true);
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(store.db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('creates the database, its WAL and shared-memory files 0600 and its directory 0700', async () => {
    const store = await open();
    await store.users.create(aNewUser());
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dirname(store.path))).toBe(0o700);
    for (const path of [store.path, `${store.path}-wal`, `${store.path}-shm`]) expect(mode(path), path).toBe(0o600);
  });

  it('takes group and other permissions off a database an earlier version left readable', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'jobtracker-db-'));
    const path = join(directory, 'old.sqlite3');
    try {
      writeFileSync(path, '');
      chmodSync(path, 0o644);
      const store = await openSqliteStore({ path });
      await store.close();
      expect(statSync(path).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('records the schema version and migrates only once across reopenings', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'jobtracker-db-'));
    const path = join(directory, 'reopen.sqlite3');
    try {
      const first = await openSqliteStore({ path, withKysely: true });
      expect(await schemaVersion(first.db)).toBe(MIGRATIONS.at(-1)!.version);
      const user = await first.users.create(aNewUser());
      await first.close();

      const second = await openSqliteStore({ path, withKysely: true });
      expect(await second.users.findById(user!.id)).toStrictEqual(user);
      const recorded = await second.db.selectFrom('schema_migrations').select(['version', 'name']).execute();
      expect(recorded).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
      await second.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('knows the latest schema version without loading the migrations', () => {
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('migrates a file that is behind on open, without a kysely handle asked for', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'jobtracker-db-'));
    const path = join(directory, 'behind.sqlite3');
    try {
      const old = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
      await migrateToLatest(old, MIGRATIONS.filter((migration) => migration.version < LATEST_SCHEMA_VERSION));
      await old.destroy();
      const reopened = await openSqliteStore({ path });
      const user = (await reopened.users.create(aNewUser()))!;
      await reopened.applications.create(anApplication(user.id));
      expect(await reopened.applications.countByStatus(user.id)).toEqual([{ status: 'applied', count: 1 }]);
      await reopened.close();
      const checked = await openSqliteStore({ path, withKysely: true });
      expect(await schemaVersion(checked.db)).toBe(LATEST_SCHEMA_VERSION);
      await checked.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('refuses a file whose schema is newer than the code', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'jobtracker-db-'));
    const path = join(directory, 'future.sqlite3');
    try {
      const store = await openSqliteStore({ path, withKysely: true });
      await store.db
        .insertInto('schema_migrations')
        .values({ version: 999, name: 'future', applied_at: '2099-01-01T00:00:00.000Z' })
        .execute();
      await store.close();
      await expect(openSqliteStore({ path, withKysely: true })).rejects.toThrow(/newer/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('opens an in-memory store', async () => {
    const store = await openSqliteStore({ path: ':memory:' });
    expect(await store.users.create(aNewUser())).not.toBeNull();
    await store.close();
  });

  it('deleting a user cascades to its sessions and their refresh tokens', async () => {
    const store = await open();
    const user = (await store.users.create(aNewUser()))!;
    const session = aSession(user.id);
    await store.sessions.create(session);
    const token = aRefreshToken(session.id);
    await store.refreshTokens.create(token);

    await store.db.deleteFrom('users').where('id', '=', user.id).execute();

    expect(await store.sessions.findById(session.id)).toBeNull();
    expect(await store.refreshTokens.findById(token.id)).toBeNull();
  });

  it('refuses sessions of unknown users (foreign keys are enforced)', async () => {
    const store = await open();
    await expect(store.sessions.create(aSession(4242))).rejects.toThrow(/FOREIGN KEY/);
  });

  it('stores documents without id and user_id, dates as ISO text', async () => {
    const store = await open();
    const application = anApplication(7);
    await store.applications.create(application);
    const row = await store.db.selectFrom('applications').selectAll().executeTakeFirstOrThrow();
    const doc = JSON.parse(row.doc) as Record<string, unknown>;
    expect(doc).not.toHaveProperty('id');
    expect(doc).not.toHaveProperty('user_id');
    expect(doc['created_at']).toBe(application.created_at!.toISOString());
    expect(row).toMatchObject({
      id: application.id,
      user_id: 7,
      status: 'applied',
      company_name: 'Google',
      company_name_lc: 'google',
      is_favorite: 0,
      created_at: application.created_at!.toISOString(),
    });
  });

  it('serves the application list from its index, without sorting the whole collection', async () => {
    const store = await open();
    const page = store.db
      .selectFrom('applications')
      .select(['id', 'user_id', 'doc'])
      .where('user_id', '=', 1)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(20)
      .offset(0)
      .compile();
    const plan = await store.db.executeQuery(CompiledQuery.raw(`explain query plan ${page.sql}`, [...page.parameters]));
    const details = plan.rows.map((row) => (row as { detail: string }).detail).join('\n');
    expect(details).toContain('applications_user_created');
    expect(details).not.toContain('TEMP B-TREE');
  });
});
