/** @jobtracker/db/sqlite: the embedded SQLite store (kysely over better-sqlite3, or bun:sqlite
 * under Bun). */
export { DEFAULT_LOGIN_ATTEMPT_RETENTION_MS, openSqliteStore } from './open-sqlite.js';
export type { SqliteStore, SqliteStoreOptions } from './open-sqlite.js';
export type { Database } from './schema.js';
export { currentVersion as schemaVersion } from './migrations/migrate.js';
export { backupSqliteDatabase } from './backup.js';
export type { SqliteBackup } from './backup.js';
