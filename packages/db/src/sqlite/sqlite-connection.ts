/** The store's one connection, run synchronously: SQL text and parameters executed on the
 * driver's prepared statements (cached), with no query builder, promise chain or connection
 * mutex per call. Every write goes through `write`, the group commit (`group-commit.ts`);
 * reads run at once and, because a batch runs from BEGIN to COMMIT within one turn, never see
 * half of one. */
import { GroupCommit } from './group-commit.js';
import type { RunResult, SyncDatabase } from './sync-database.js';

/** SQL text and the parameters of one call. */
export type Query = { readonly sql: string; readonly parameters: ReadonlyArray<unknown> };

export class SqliteConnection {
  readonly database: SyncDatabase;
  readonly #writes: GroupCommit;

  constructor(database: SyncDatabase) {
    this.database = database;
    this.#writes = new GroupCommit(database);
  }

  all<R>(query: Query): R[] {
    return this.database.prepare(query.sql).all(query.parameters) as R[];
  }

  first<R>(query: Query): R | undefined {
    return this.database.prepare(query.sql).get(query.parameters) as R | undefined;
  }

  /** Rows as arrays of column values, in select order (no object per row). */
  rows(query: Query): unknown[][] {
    return this.database.prepareArrays(query.sql).all(query.parameters);
  }

  /** The first row as an array of column values, or undefined. */
  firstRow(query: Query): unknown[] | undefined {
    return this.database.prepareArrays(query.sql).get(query.parameters);
  }

  run(query: Query): RunResult {
    return this.database.prepare(query.sql).run(query.parameters);
  }

  /** Rows one by one (batched streams read with this, never holding a whole table). */
  iterate<R>(query: Query): IterableIterator<R> {
    return this.database.prepare(query.sql).iterate(query.parameters) as IterableIterator<R>;
  }

  /** Runs `work` (synchronous, using this connection) in the next group-committed transaction;
   * resolves once it is durable. An error thrown by `work` rolls back only its own changes. */
  write<T>(work: () => T): Promise<T> {
    return this.#writes.run(work);
  }

  /** Transactions committed so far. */
  get commits(): number {
    return this.#writes.commits;
  }

  /** Resolves once every write queued so far has settled (before closing). */
  drained(): Promise<void> {
    return this.#writes.drained();
  }
}
