/** `bun:sqlite` shaped as the store's SyncDatabase, for running under Bun where better-sqlite3
 * does not load. Bun's statements take parameters spread, not as one array, and answer null
 * where better-sqlite3 answers undefined. */
import type { SyncDatabase, SyncStatement } from './sync-database.js';

/** The slice of bun:sqlite used here, declared locally so Node's type-check needs no Bun types. */
type BunStatement = {
  readonly columnNames: string[];
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  iterate(...params: unknown[]): IterableIterator<unknown>;
  values(...params: unknown[]): unknown[][];
};
type BunDatabase = {
  prepare(sql: string): BunStatement;
  close(): void;
  readonly inTransaction: boolean;
};
type BunSqliteModule = { Database: new (path: string, options?: { create?: boolean; strict?: boolean }) => BunDatabase };

/** A variable specifier keeps TypeScript (and bundlers) from resolving a module only Bun has. */
const BUN_SQLITE = 'bun:sqlite';

export async function openBunSqliteDatabase(path: string): Promise<SyncDatabase> {
  const { Database } = (await import(BUN_SQLITE)) as BunSqliteModule;
  const database = new Database(path, { create: true });
  return {
    close: () => database.close(),
    get inTransaction() {
      return database.inTransaction;
    },
    prepare: (sql) => wrapStatement(database.prepare(sql)),
    prepareArrays(sql) {
      const statement = database.prepare(sql);
      return {
        all: (params) => statement.values(...params),
        get: (params) => statement.values(...params)[0],
      };
    },
  };
}

function wrapStatement(statement: BunStatement): SyncStatement {
  return {
    // Statements that return rows (SELECT, RETURNING, most PRAGMAs) name their columns.
    reader: statement.columnNames.length > 0,
    all: (params) => statement.all(...params),
    get: (params) => statement.get(...params) ?? undefined,
    run: (params) => statement.run(...params),
    iterate: (params) => statement.iterate(...params),
  };
}
