/** Brings the schema up to date at open, recording each applied version. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { writeTransaction } from '../write-transaction.js';
import type { Migration } from './migration.js';

/** Applies the pending migrations in one immediate transaction (SQLite DDL is transactional), so
 * two processes opening the same new file cannot both migrate it. Returns the schema version. */
export async function migrateToLatest(db: Kysely<Database>, migrations: readonly Migration[]): Promise<number> {
  assertAscending(migrations);
  return writeTransaction(db, async (trx) => {
    await sql`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at text not null
    )`.execute(trx);
    let version = await currentVersion(trx);
    const latest = migrations.at(-1)?.version ?? 0;
    if (version > latest) {
      // A file written by newer code: guessing at its schema could corrupt it.
      throw new Error(`Database schema v${version} is newer than this code knows (v${latest})`);
    }
    for (const migration of migrations) {
      if (migration.version <= version) continue;
      await migration.up(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      version = migration.version;
    }
    return version;
  });
}

/** The highest applied migration; 0 for an empty database. */
export async function currentVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('schema_migrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return row?.version ?? 0;
}

function assertAscending(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && previous.version >= migration.version) {
      throw new Error(`Migration ${migration.name} (v${migration.version}) is out of order`);
    }
  });
}
