/** @jobtracker/db/sqlite: the embedded SQLite store (better-sqlite3, or bun:sqlite under Bun; kysely
 * for the migrations and the maintenance handle). */
export { DEFAULT_LOGIN_ATTEMPT_RETENTION_MS, openSqliteStore } from './open-sqlite.js';
export type { SqliteStore, SqliteStoreOptions, SqliteStoreWithKysely } from './open-sqlite.js';
export type { Database } from './schema.js';
export { currentVersion as schemaVersion } from './migrations/migrate.js';
export { backupSqliteDatabase } from './backup.js';
export type { SqliteBackup } from './backup.js';
