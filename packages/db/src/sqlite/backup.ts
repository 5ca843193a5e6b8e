/** An online backup of a SQLite database that a server may be writing to. `VACUUM INTO` copies
 * one consistent snapshot inside a single read transaction, so writers (WAL mode) carry on while
 * it runs, and it never starts over: the page-by-page backup API restarts whenever another
 * connection writes between its steps, which under steady writes can go on for a long time. It
 * runs the same on better-sqlite3 and bun:sqlite. The copy is created owner-only (0600), fsynced
 * and checked with `PRAGMA integrity_check` before it is reported. */
import { closeSync, existsSync, fsyncSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { PRIVATE_FILE_MODE } from './private-files.js';
import { openSqliteDatabase } from './sqlite-driver.js';

export type SqliteBackup = { bytes: number; integrity: 'ok' };

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory.
  } finally {
    closeSync(fd);
  }
}

async function integrityOf(path: string): Promise<string> {
  const database = await openSqliteDatabase(path);
  try {
    const rows = database.prepare('pragma integrity_check').all([]) as Array<Record<string, unknown>>;
    return rows.map((row) => String(Object.values(row)[0])).join('; ');
  } finally {
    database.close();
  }
}

/** Writes a consistent copy of `source` to `destination`, which must not exist yet. */
export async function backupSqliteDatabase(source: string, destination: string): Promise<SqliteBackup> {
  // Opening a missing file would create an empty database and back that up.
  if (!existsSync(source)) throw new Error(`No database at ${source}`);
  // VACUUM INTO takes a missing or empty file; creating it first keeps it 0600 from the start.
  closeSync(openSync(destination, 'wx', PRIVATE_FILE_MODE));
  try {
    const database = await openSqliteDatabase(source);
    try {
      database.prepare('pragma busy_timeout = 10000').all([]);
      database.prepare('vacuum into ?').run([destination]);
    } finally {
      database.close();
    }
    fsyncPath(destination);
    fsyncPath(dirname(destination));
    const integrity = await integrityOf(destination);
    if (integrity !== 'ok') throw new Error(`The copy failed its integrity check: ${integrity}`);
    return { bytes: statSync(destination).size, integrity: 'ok' };
  } catch (error) {
    unlinkSync(destination);
    throw error;
  }
}
