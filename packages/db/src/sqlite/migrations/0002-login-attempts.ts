/** Failed logins move into the database, so every process on one file counts the same failures. */
import type { Migration } from './migration.js';

export const loginAttempts: Migration = {
  version: 2,
  name: 'login-attempts',
  async up(db) {
    await db.schema
      .createTable('login_attempts')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .execute();
    // failuresSince: one key's failures from a time on.
    await db.schema.createIndex('login_attempts_key_at').on('login_attempts').columns(['key', 'at']).execute();
    // Pruning deletes by age across all keys.
    await db.schema.createIndex('login_attempts_at').on('login_attempts').column('at').execute();
  },
};
