/** Contacts (a document table like companies), and the import fingerprint of applications:
 * a column unique per user, so importing the same file twice cannot store a row twice. */
import { sql } from 'kysely';
import type { Migration } from './migration.js';

export const contactsAndImports: Migration = {
  version: 5,
  name: 'contacts-and-imports',
  async up(db) {
    // No foreign key to users, as for the other documents: the same documents move between
    // SQLite and MongoDB unchanged.
    await db.schema
      .createTable('contacts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'integer', (col) => col.notNull())
      .addColumn('name_lc', 'text', (col) => col.notNull())
      .addColumn('company_lc', 'text', (col) => col.notNull())
      .addColumn('role_lc', 'text', (col) => col.notNull())
      .addColumn('email_lc', 'text', (col) => col.notNull())
      .addColumn('application_ids', 'text', (col) => col.notNull().defaultTo('[]').check(sql`json_valid(application_ids)`))
      .addColumn('doc', 'text', (col) => col.notNull().check(sql`json_valid(doc)`))
      .execute();
    // The list order (BINARY collation: code points), with the id as tie-break.
    await db.schema.createIndex('contacts_user_name').on('contacts').columns(['user_id', 'name_lc', 'id']).execute();

    // Existing rows have none: NULL, outside the partial index.
    await db.schema.alterTable('applications').addColumn('import_fingerprint', 'text').execute();
    await db.schema
      .createIndex('applications_user_import')
      .on('applications')
      .columns(['user_id', 'import_fingerprint'])
      .unique()
      .where(sql.ref('import_fingerprint'), 'is not', null)
      .execute();
  },
};
