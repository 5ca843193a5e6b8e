/** A revision number per user, bumped by triggers in the same transaction as every insert,
 * update or delete of one of their applications (cascades included). Readers that keep parsed
 * application views across requests compare it first: any process sees the bump as soon as the
 * write is committed, so no cached view outlives the write that changed it. */
import { sql } from 'kysely';
import type { Migration } from './migration.js';

const bump = (row: 'NEW' | 'OLD') =>
  `INSERT INTO application_revisions (user_id, revision) VALUES (${row}.user_id, 1) ` +
  'ON CONFLICT (user_id) DO UPDATE SET revision = revision + 1;';

export const applicationRevisions: Migration = {
  version: 4,
  name: 'application-revisions',
  async up(db) {
    // No foreign key: a user's deletion cascades to their applications, whose triggers bump
    // this row; it must outlive the user, or a reused id could meet views cached for the old one.
    await db.schema
      .createTable('application_revisions')
      .addColumn('user_id', 'integer', (col) => col.primaryKey())
      .addColumn('revision', 'integer', (col) => col.notNull())
      .execute();
    await sql.raw(`CREATE TRIGGER applications_revision_insert AFTER INSERT ON applications BEGIN ${bump('NEW')} END`).execute(db);
    await sql.raw(`CREATE TRIGGER applications_revision_update AFTER UPDATE ON applications BEGIN ${bump('OLD')} ${bump('NEW')} END`).execute(db);
    await sql.raw(`CREATE TRIGGER applications_revision_delete AFTER DELETE ON applications BEGIN ${bump('OLD')} END`).execute(db);
  },
};
