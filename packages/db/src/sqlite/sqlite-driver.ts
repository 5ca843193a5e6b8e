/** Opens the SQLite file with the driver the current runtime can load. */
import type { SqliteDatabase } from 'kysely';
import { withStatementCache } from './statement-cache.js';

export function isBunRuntime(): boolean {
  return typeof process !== 'undefined' && typeof process.versions.bun === 'string';
}

/** better-sqlite3 under Node; bun:sqlite under Bun, whose native-addon support cannot load it. */
export async function openSqliteDatabase(path: string): Promise<SqliteDatabase> {
  if (isBunRuntime()) {
    const { openBunSqliteDatabase } = await import('./bun-sqlite-database.js');
    return withStatementCache(await openBunSqliteDatabase(path));
  }
  const { default: BetterSqlite3 } = await import('better-sqlite3');
  return withStatementCache(new BetterSqlite3(path));
}
