/** The slice of a SQLite driver the store runs on: kysely's `SqliteDatabase` (which migrations
 * and the maintenance handle use) plus what the store's synchronous executor needs: single-row
 * reads, `exec` and whether a transaction is open. better-sqlite3 has all of it as it is;
 * bun:sqlite is wrapped (`bun-sqlite-database.ts`). */
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export type RunResult = { changes: number; lastInsertRowid: number | bigint };

export interface SyncStatement extends SqliteStatement {
  all(parameters: ReadonlyArray<unknown>): unknown[];
  /** The first row, or undefined when there is none. */
  get(parameters: ReadonlyArray<unknown>): unknown;
  run(parameters: ReadonlyArray<unknown>): RunResult;
}

/** A statement whose rows come as arrays of column values, in select order: no object per row
 * (half the cost of a small indexed read with many columns, measured). */
export interface ArrayStatement {
  all(parameters: ReadonlyArray<unknown>): unknown[][];
  get(parameters: ReadonlyArray<unknown>): unknown[] | undefined;
}

export interface SyncDatabase extends SqliteDatabase {
  prepare(sql: string): SyncStatement;
  prepareArrays(sql: string): ArrayStatement;
  /** Whether a transaction is open on this connection (SQLite may roll one back on its own). */
  readonly inTransaction: boolean;
}
