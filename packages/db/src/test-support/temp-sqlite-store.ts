/** A SQLite store in a fresh temp directory, removed again on close. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../sqlite/index.js';

export type TempSqliteStore = SqliteStore & { path: string };

export async function openTempSqliteStore(): Promise<TempSqliteStore> {
  const directory = mkdtempSync(join(tmpdir(), 'jobtracker-db-'));
  const path = join(directory, 'data', 'jobtracker.sqlite3');
  const store = await openSqliteStore({ path });
  return {
    ...store,
    path,
    async close() {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
