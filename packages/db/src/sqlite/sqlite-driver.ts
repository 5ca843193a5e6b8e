/** Opens the SQLite file with the driver the current runtime can load. */
import type BetterSqlite3 from 'better-sqlite3';
import { withStatementCache } from './statement-cache.js';
import type { SyncDatabase, SyncStatement } from './sync-database.js';

export function isBunRuntime(): boolean {
  return typeof process !== 'undefined' && typeof process.versions.bun === 'string';
}

/** better-sqlite3 under Node; bun:sqlite under Bun, whose native-addon support cannot load it. */
export async function openSqliteDatabase(path: string): Promise<SyncDatabase> {
  if (isBunRuntime()) {
    const { openBunSqliteDatabase } = await import('./bun-sqlite-database.js');
    return withStatementCache(await openBunSqliteDatabase(path));
  }
  const { default: Database } = await import('better-sqlite3');
  return withStatementCache(betterSqlite3Database(new Database(path)));
}

/** better-sqlite3 as it is (its statements take an array of parameters as kysely and the store
 * pass them), plus statements in raw mode for rows as arrays. */
function betterSqlite3Database(database: BetterSqlite3.Database): SyncDatabase {
  return {
    close: () => void database.close(),
    get inTransaction() {
      return database.inTransaction;
    },
    prepare: (sql) => database.prepare(sql) as unknown as SyncStatement,
    prepareArrays(sql) {
      const statement = database.prepare(sql).raw(true);
      return {
        all: (parameters) => statement.all(parameters) as unknown[][],
        get: (parameters) => statement.get(parameters) as unknown[] | undefined,
      };
    },
  };
}
