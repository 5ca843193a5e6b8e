/** Counts and versions kept by triggers, in the same transaction as every write of an
 * application, whichever process or code path makes it (the per-user revision that tells kept
 * views apart is migration 4's):
 * - `application_tallies`: applications per user and status, so a page's total and the status
 *   counts are one indexed read instead of a scan of the user's rows;
 * - `applications.version`: a random number that changes with every write of the document
 *   (the store writes a new one; a writer that does not gets one from a trigger), so a process
 *   that keeps parsed documents knows from the index alone whether each is still current.
 * And the list's index grows the columns the list and the dashboard read, so neither query
 * reads the table for a document it already holds (each row holds a whole document). */
import { sql } from 'kysely';
import type { Migration } from './migration.js';

/** `json_quote(status)`: 'null' for a missing status, '"text"' otherwise, so a key column holds
 * both apart (a primary key cannot hold NULL). */
const bumpTally = (user: string, status: string, by: number) => `
  insert into application_tallies (user_id, status_key, n) values (${user}, json_quote(${status}), ${by})
    on conflict (user_id, status_key) do update set n = n + (${by});`;

/** A random version from 1 to 2^52, exact as a JavaScript number. */
const NEW_VERSION = 'abs(random() % 4503599627370496) + 1';

export const tallies: Migration = {
  version: 6,
  name: 'tallies',
  async up(db) {
    await db.schema.alterTable('applications').addColumn('version', 'integer', (col) => col.notNull().defaultTo(0)).execute();
    await sql.raw(`update applications set version = ${NEW_VERSION}`).execute(db);
    // A writer that does not set the version (0 on insert, unchanged on update) gets a new one.
    await sql.raw(`create trigger applications_version_insert after insert on applications when new.version = 0 begin
      update applications set version = ${NEW_VERSION} where rowid = new.rowid;
    end`).execute(db);
    await sql.raw(`create trigger applications_version_update after update of doc on applications
      when new.version = old.version begin
      update applications set version = ${NEW_VERSION} where rowid = new.rowid;
    end`).execute(db);

    await sql`create table application_tallies (
      user_id integer not null,
      status_key text not null,
      n integer not null,
      primary key (user_id, status_key)
    ) without rowid`.execute(db);

    await sql.raw(`create trigger applications_tally_insert after insert on applications begin
      ${bumpTally('new.user_id', 'new.status', 1)}
    end`).execute(db);
    await sql.raw(`create trigger applications_tally_delete after delete on applications begin
      ${bumpTally('old.user_id', 'old.status', -1)}
    end`).execute(db);
    // Most updates keep the status: the tally moves only when it (or the owner) changed.
    await sql.raw(`create trigger applications_tally_update after update of user_id, status on applications
      when old.user_id is not new.user_id or old.status is not new.status begin
      ${bumpTally('old.user_id', 'old.status', -1)}
      ${bumpTally('new.user_id', 'new.status', 1)}
    end`).execute(db);

    await sql`insert into application_tallies (user_id, status_key, n)
      select user_id, json_quote(status), count(*) from applications group by user_id, json_quote(status)`.execute(db);

    // Same name and leading columns: the list and the stream keep their order; the version (for
    // the list) and the dashboard's columns ride along.
    await db.schema.dropIndex('applications_user_created').execute();
    await db.schema
      .createIndex('applications_user_created')
      .on('applications')
      .columns(['user_id', 'created_at desc', 'id desc', 'version', 'status', 'source', 'company_name'])
      .execute();
  },
};
