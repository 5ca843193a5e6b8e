/** Opens (creating if needed) the SQLite store: connection pragmas, migrations, repositories. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import type { JobTrackerStore } from '../store.js';
import { SqliteApplicationRepository } from './applications/application.repository.js';
import { SqliteLoginAttemptLog } from './auth/login-attempt-log.js';
import { SqliteRefreshTokenRepository } from './auth/refresh-token.repository.js';
import { SqliteSessionRepository } from './auth/session.repository.js';
import { SqliteCompanyRepository } from './companies/company.repository.js';
import { MIGRATIONS } from './migrations/index.js';
import { migrateToLatest } from './migrations/migrate.js';
import type { Database } from './schema.js';
import { SqliteUserSettingsRepository } from './settings/user-settings.repository.js';
import { SqliteConnection } from './sqlite-connection.js';
import { openSqliteDatabase } from './sqlite-driver.js';
import type { SyncDatabase } from './sync-database.js';
import { SqliteUserTransfer } from './users/user-transfer.js';
import { SqliteUserRepository } from './users/user.repository.js';

export type SqliteStoreOptions = {
  /** File path (its directory is created), or `:memory:` for a private throwaway database. */
  path: string;
  /** How long a failed login is kept for throttling; at least the longest throttle window.
   * Default: one day. */
  loginAttemptRetentionMs?: number;
};

/** A day: the longest throttle window the configuration allows. */
export const DEFAULT_LOGIN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export type SqliteStore = JobTrackerStore & {
  /** The kysely handle, for maintenance and tests; use the repositories for domain data. (It
   * runs on the same connection; never hold a kysely transaction open while the store works.) */
  db: Kysely<Database>;
  /** The connection the repositories run on (its group commit), for tests and measurements. */
  connection: SqliteConnection;
};

const CONNECTION_PRAGMAS = [
  'pragma journal_mode = WAL',
  // With NORMAL the last commits can roll back after a power loss; FULL makes an acknowledged
  // write durable.
  'pragma synchronous = FULL',
  'pragma foreign_keys = ON',
  'pragma busy_timeout = 5000',
  // 64 MiB of pages instead of 2 MiB: 10,000 applications are about 20 MiB of table and index.
  'pragma cache_size = -65536',
];

function applyPragmas(database: SyncDatabase): void {
  for (const pragma of CONNECTION_PRAGMAS) {
    const statement = database.prepare(pragma);
    if (statement.reader) statement.all([]);
    else statement.run([]);
  }
}

export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const database = await openSqliteDatabase(options.path);
  applyPragmas(database);
  // kysely builds every query and runs the migrations; the store executes its queries itself.
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrateToLatest(db, MIGRATIONS);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const conn = new SqliteConnection(database);
  return {
    db,
    connection: conn,
    users: new SqliteUserRepository(db, conn),
    sessions: new SqliteSessionRepository(db, conn),
    refreshTokens: new SqliteRefreshTokenRepository(db, conn),
    attempts: new SqliteLoginAttemptLog(db, conn, options.loginAttemptRetentionMs ?? DEFAULT_LOGIN_ATTEMPT_RETENTION_MS),
    applications: new SqliteApplicationRepository(conn),
    companies: new SqliteCompanyRepository(conn),
    userSettings: new SqliteUserSettingsRepository(db, conn),
    userTransfer: new SqliteUserTransfer(db, conn),
    close: async () => {
      // Writes already queued are committed (and their callers answered) before the file closes.
      await conn.drained();
      await db.destroy();
    },
  };
}
