/** A SQLite store in a fresh temp directory, removed again on close. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStoreWithKysely } from '../sqlite/index.js';

export type TempSqliteStore = SqliteStoreWithKysely & { path: string };

export async function openTempSqliteStore(): Promise<TempSqliteStore> {
  const directory = mkdtempSync(join(tmpdir(), 'jobtracker-db-'));
  const path = join(directory, 'data', 'jobtracker.sqlite3');
  const store = await openSqliteStore({ path, withKysely: true });
  return {
    ...store,
    path,
    async close() {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
