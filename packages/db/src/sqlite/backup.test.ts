import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aNewUser, anApplication } from '@jobtracker/core/testing';
import { backupSqliteDatabase } from './backup.js';
import { openSqliteStore } from './open-sqlite.js';

describe('backupSqliteDatabase', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'jobtracker-sqlite-backup-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('copies an open database, with what is still in its WAL, into an owner-only file that opens as a store', async () => {
    const source = join(directory, 'live.sqlite3');
    const store = await openSqliteStore({ path: source });
    const user = (await store.users.create(aNewUser()))!;
    const application = anApplication(user.id);
    await store.applications.create(application);
    expect(statSync(`${source}-wal`).size).toBeGreaterThan(0);

    const copy = join(directory, 'copy.sqlite3');
    const result = await backupSqliteDatabase(source, copy);
    await store.close();

    expect(result).toEqual({ bytes: statSync(copy).size, integrity: 'ok' });
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    const restored = await openSqliteStore({ path: copy });
    expect(await restored.users.findById(user.id)).toEqual(user);
    expect(await restored.applications.findById(user.id, application.id)).toEqual(application);
    await restored.close();
  });

  it('refuses to overwrite a file, and leaves nothing when there is no database', async () => {
    const source = join(directory, 'live.sqlite3');
    const store = await openSqliteStore({ path: source });
    await store.close();
    const existing = join(directory, 'existing.sqlite3');
    writeFileSync(existing, 'keep me');
    await expect(backupSqliteDatabase(source, existing)).rejects.toThrow(/EEXIST/);

    const missing = join(directory, 'missing.sqlite3');
    const copy = join(directory, 'none.sqlite3');
    await expect(backupSqliteDatabase(missing, copy)).rejects.toThrow(/No database/);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(copy)).toBe(false);
  });
});
