/** The first schema: users and sessions (relational), applications and companies (documents
 * with indexed copies of the fields that are filtered or sorted on). */
import { sql } from 'kysely';
import type { Migration } from './migration.js';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  async up(db) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
      .addColumn('email', 'text', (col) => col.notNull().unique())
      // JS toLowerCase (full Unicode), which SQLite's ASCII-only lower() cannot reproduce.
      .addColumn('email_lower', 'text', (col) => col.notNull())
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('first_name', 'text', (col) => col.notNull())
      .addColumn('last_name', 'text', (col) => col.notNull())
      .addColumn('phone', 'text')
      .addColumn('location', 'text')
      .addColumn('linkedin_url', 'text')
      .addColumn('github_url', 'text')
      .addColumn('portfolio_url', 'text')
      .addColumn('current_role', 'text')
      .addColumn('years_of_experience', 'real', (col) => col.notNull().defaultTo(0))
      .addColumn('bio', 'text')
      .addColumn('skills', 'text', (col) => col.notNull().defaultTo('[]').check(sql`json_valid(skills)`))
      .addColumn('resume_url', 'text')
      .addColumn('is_active', 'integer', (col) => col.notNull().defaultTo(1))
      .addColumn('date_joined', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('last_login', 'text')
      .execute();
    // Not unique: the contract checks uniqueness on the raw email; this only speeds the lookup.
    await db.schema.createIndex('users_email_lower').on('users').column('email_lower').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('refresh_tokens')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('session_id', 'text', (col) => col.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('used_at', 'text')
      .execute();
    // Without it every session delete scans the table to cascade.
    await db.schema.createIndex('refresh_tokens_session_id').on('refresh_tokens').column('session_id').execute();

    // Documents carry no foreign key to users: with MONGO_URI they live in another store, and
    // the same documents must move between the two unchanged.
    await db.schema
      .createTable('applications')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'integer', (col) => col.notNull())
      .addColumn('status', 'text')
      // Grouped on by the dashboard: a column spares parsing every document.
      .addColumn('source', 'text')
      .addColumn('company_name', 'text', (col) => col.notNull())
      .addColumn('company_name_lc', 'text', (col) => col.notNull())
      .addColumn('job_title_lc', 'text', (col) => col.notNull())
      .addColumn('notes_lc', 'text')
      .addColumn('is_favorite', 'integer')
      .addColumn('created_at', 'text')
      .addColumn('doc', 'text', (col) => col.notNull().check(sql`json_valid(doc)`))
      .execute();
    // Newest first with the id as tie-break: the list order and the keyset of `stream`.
    await db.schema
      .createIndex('applications_user_created')
      .on('applications')
      .columns(['user_id', 'created_at desc', 'id desc'])
      .execute();
    await db.schema.createIndex('applications_user_status').on('applications').columns(['user_id', 'status']).execute();
    await db.schema
      .createIndex('applications_user_company_name')
      .on('applications')
      .columns(['user_id', 'company_name'])
      .execute();

    await db.schema
      .createTable('companies')
      // The rowid: insertion order for `findAll`, and the tie-break of equal names.
      .addColumn('seq', 'integer', (col) => col.primaryKey())
      .addColumn('id', 'text', (col) => col.notNull().unique())
      .addColumn('user_id', 'integer', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('name_lc', 'text', (col) => col.notNull())
      .addColumn('industry_lc', 'text')
      .addColumn('location_lc', 'text')
      .addColumn('is_favorite', 'integer')
      .addColumn('tags', 'text', (col) => col.check(sql`tags is null or json_valid(tags)`))
      .addColumn('doc', 'text', (col) => col.notNull().check(sql`json_valid(doc)`))
      .execute();
    // BINARY collation (SQLite's default) is code-point order: the contract's name sort.
    await db.schema.createIndex('companies_user_name').on('companies').columns(['user_id', 'name']).execute();
    await db.schema.createIndex('companies_user_name_lc').on('companies').columns(['user_id', 'name_lc']).execute();
  },
};
