/** Write transactions through kysely, for the migrations at open (before the store serves
 * anything; at run time every write goes through the connection's group commit). `BEGIN
 * IMMEDIATE` takes SQLite's write lock up front: a deferred transaction that reads and then
 * writes can fail with SQLITE_BUSY when another connection writes in between (busy_timeout
 * cannot help with a lock upgrade). */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Runs `work` on the store's single connection inside `BEGIN IMMEDIATE ... COMMIT`; any error
 * rolls back and is rethrown. Queries inside `work` must use the `trx` handle it receives: the
 * outer `db` would wait for the connection this transaction holds. */
export function writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (trx) => {
    await sql`begin immediate`.execute(trx);
    try {
      const result = await work(trx);
      await sql`commit`.execute(trx);
      return result;
    } catch (error) {
      await rollbackIfActive(trx);
      throw error;
    }
  });
}

/** Some errors (SQLITE_FULL, SQLITE_IOERR...) make SQLite roll back on its own, and then ROLLBACK
 * itself fails; the original error is the one worth reporting. */
async function rollbackIfActive(trx: Kysely<Database>): Promise<void> {
  try {
    await sql`rollback`.execute(trx);
  } catch {
    // No transaction was active any more.
  }
}
