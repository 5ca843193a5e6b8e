/** Opens the SQLite file with the driver the current runtime can load. */
import { withStatementCache } from './statement-cache.js';
import type { SyncDatabase } from './sync-database.js';

export function isBunRuntime(): boolean {
  return typeof process !== 'undefined' && typeof process.versions.bun === 'string';
}

/** better-sqlite3 under Node; bun:sqlite under Bun, whose native-addon support cannot load it. */
export async function openSqliteDatabase(path: string): Promise<SyncDatabase> {
  if (isBunRuntime()) {
    const { openBunSqliteDatabase } = await import('./bun-sqlite-database.js');
    return withStatementCache(await openBunSqliteDatabase(path));
  }
  const { default: BetterSqlite3 } = await import('better-sqlite3');
  // better-sqlite3's statements take an array of parameters as kysely and the store pass them.
  return withStatementCache(new BetterSqlite3(path) as unknown as SyncDatabase);
}
