/** Runs the pending migrations through kysely on the store's connection: loaded only when a file
 * is behind this code (or new), so opening a current file never loads kysely. */
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../schema.js';
import type { SyncDatabase } from '../sync-database.js';
import { MIGRATIONS } from './index.js';
import { migrateToLatest } from './migrate.js';

/** kysely over the store's connection. Destroying it closes that connection. */
export function kyselyOn(database: SyncDatabase): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

export async function runMigrations(database: SyncDatabase): Promise<void> {
  // Not destroyed: that would close the connection the store goes on using.
  await migrateToLatest(kyselyOn(database), MIGRATIONS);
}
