/** Per-user insight settings: the silence threshold, the weekly goal and the calendar feed's
 * secret hash (looked up without a session, so indexed). */
import type { Migration } from './migration.js';

export const userSettings: Migration = {
  version: 3,
  name: 'user-settings',
  async up(db) {
    await db.schema
      .createTable('user_settings')
      .addColumn('user_id', 'integer', (col) => col.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('silence_days', 'integer', (col) => col.notNull())
      .addColumn('weekly_goal', 'integer', (col) => col.notNull())
      .addColumn('calendar_secret_hash', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('user_settings_calendar_secret').on('user_settings').column('calendar_secret_hash').execute();
  },
};
