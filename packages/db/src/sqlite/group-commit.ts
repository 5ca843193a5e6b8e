/** Group commit: the writes that arrive together share one `BEGIN IMMEDIATE ... COMMIT`, so one
 * fsync (synchronous=FULL) makes a whole batch durable instead of one fsync per write.
 *
 * - A write is a synchronous function run inside the batch's transaction. better-sqlite3 (and
 *   bun:sqlite) are synchronous, so a batch runs from BEGIN to COMMIT in one turn of the event
 *   loop: no read and no other write can slip in between, and nothing awaits while the
 *   transaction is open.
 * - Each write runs in its own savepoint: one that throws is rolled back alone and fails alone.
 * - A write's promise settles only after its batch's COMMIT returned, so nothing is acknowledged
 *   before it is on disk. If the transaction itself fails (BEGIN after busy_timeout, COMMIT, or
 *   an error after which SQLite rolled everything back), every write of the batch fails.
 * - Batches form by themselves: the first write of a turn schedules the flush with
 *   `setImmediate`, so every request whose write is queued in the same turn joins it, and while
 *   one batch's fsync blocks, the requests arriving meanwhile make up the next one. */
import type { SyncDatabase } from './sync-database.js';

type Pending = { work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Writes per transaction: far above what arrives in one turn, it only bounds one turn's work. */
const MAX_BATCH = 512;
const NO_PARAMETERS: readonly unknown[] = [];

export class GroupCommit {
  readonly #database: SyncDatabase;
  #queue: Pending[] = [];
  #scheduled = false;
  #waiting: Array<() => void> = [];
  /** Transactions committed so far (for tests and the bench's figures). */
  commits = 0;

  constructor(database: SyncDatabase) {
    this.#database = database;
  }

  /** Runs `work` inside the next batch's transaction; resolves with its result once the batch is
   * committed. `work` must be synchronous: it runs while the transaction is open. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.#schedule();
    });
  }

  /** Resolves once every write queued so far has settled. */
  drained(): Promise<void> {
    if (this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#flush());
  }

  #flush(): void {
    this.#scheduled = false;
    const batch = this.#queue.splice(0, MAX_BATCH);
    if (this.#queue.length > 0) this.#schedule();
    const outcomes = this.#commit(batch);
    batch.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.error);
    });
    if (this.#queue.length === 0) for (const resolve of this.#waiting.splice(0)) resolve();
  }

  #exec(sql: string): void {
    this.#database.prepare(sql).run(NO_PARAMETERS);
  }

  /** Every write's outcome; when the transaction itself fails, every write fails with its error. */
  #commit(batch: readonly Pending[]): Outcome[] {
    try {
      return this.#commitOrThrow(batch);
    } catch (error) {
      try {
        if (this.#database.inTransaction) this.#exec('rollback');
      } catch {
        // The error that failed the batch is the one worth reporting.
      }
      return batch.map(() => ({ ok: false, error }));
    }
  }

  #commitOrThrow(batch: readonly Pending[]): Outcome[] {
    this.#exec('begin immediate');
    if (batch.length === 1) return this.#commitAlone(batch[0]!);
    const outcomes: Outcome[] = [];
    for (const pending of batch) {
      this.#exec('savepoint batched_write');
      try {
        const value = runSynchronously(pending.work);
        this.#exec('release batched_write');
        outcomes.push({ ok: true, value });
      } catch (error) {
        // Some errors (SQLITE_FULL, SQLITE_IOERR...) make SQLite roll the whole transaction back:
        // then nothing of this batch was written, and every write of it fails.
        if (!this.#database.inTransaction) throw error;
        this.#exec('rollback to batched_write');
        this.#exec('release batched_write');
        outcomes.push({ ok: false, error });
      }
    }
    this.#exec('commit');
    this.commits += 1;
    return outcomes;
  }

  /** A batch of one needs no savepoint: the transaction is its own (a failure rolls it back). */
  #commitAlone(pending: Pending): Outcome[] {
    const value = runSynchronously(pending.work);
    this.#exec('commit');
    this.commits += 1;
    return [{ ok: true, value }];
  }
}

function runSynchronously(work: () => unknown): unknown {
  const value = work();
  if (typeof (value as { then?: unknown } | null)?.then === 'function') throw new TypeError('a batched write must be synchronous');
  return value;
}
