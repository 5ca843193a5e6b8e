/** Opens (creating if needed) the SQLite store: connection pragmas, migrations, repositories. A
 * file already at this code's schema version opens without loading kysely (start-up time); a
 * new or older one is migrated through it. */
import type { Kysely } from 'kysely';
import type { JobTrackerStore } from '../store.js';
import { SqliteApplicationRepository } from './applications/application.repository.js';
import { SqliteLoginAttemptLog } from './auth/login-attempt-log.js';
import { SqliteRefreshTokenRepository } from './auth/refresh-token.repository.js';
import { SqliteSessionRepository } from './auth/session.repository.js';
import { SqliteCompanyRepository } from './companies/company.repository.js';
import { SqliteContactRepository } from './contacts/contact.repository.js';
import { LATEST_SCHEMA_VERSION } from './migrations/latest.js';
import type { Database } from './schema.js';
import { preparePrivateDatabaseFile } from './private-files.js';
import { SqliteUserSettingsRepository } from './settings/user-settings.repository.js';
import { SqliteConnection } from './sqlite-connection.js';
import { openSqliteDatabase } from './sqlite-driver.js';
import type { SyncDatabase } from './sync-database.js';
import { SqliteUserTransfer } from './users/user-transfer.js';
import { SqliteUserRepository } from './users/user.repository.js';

export type SqliteStoreOptions = {
  /** File path (created owner-only, with its directory), or `:memory:` for a private throwaway
   * database. */
  path: string;
  /** How long a failed login is kept for throttling; at least the longest throttle window.
   * Default: one day. */
  loginAttemptRetentionMs?: number;
  /** Also open a kysely handle on the connection, for maintenance and tests (`db`). */
  withKysely?: boolean;
};

/** A day: the longest throttle window the configuration allows. */
export const DEFAULT_LOGIN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export type SqliteStore = JobTrackerStore & {
  /** The connection the repositories run on (its group commit), for tests and measurements. */
  connection: SqliteConnection;
};

export type SqliteStoreWithKysely = SqliteStore & {
  /** The kysely handle, for maintenance and tests; use the repositories for domain data. (It
   * runs on the same connection; never hold a kysely transaction open while the store works.) */
  db: Kysely<Database>;
};

const CONNECTION_PRAGMAS = [
  'pragma journal_mode = WAL',
  // With NORMAL the last commits can roll back after a power loss; FULL makes an acknowledged
  // write durable.
  'pragma synchronous = FULL',
  'pragma foreign_keys = ON',
  'pragma busy_timeout = 5000',
  // 16 MiB of pages instead of 2 MiB: the list's covering index of 100,000 applications (what
  // the hot reads touch) fits; whole tables do not, and need not: a 100,000-row export read
  // through a 64 MiB cache grew the process by those 64 MiB.
  'pragma cache_size = -16384',
];

function applyPragmas(database: SyncDatabase): void {
  for (const pragma of CONNECTION_PRAGMAS) {
    const statement = database.prepare(pragma);
    if (statement.reader) statement.all([]);
    else statement.run([]);
  }
}

/** The version recorded in the file; 0 for a new one. */
function installedVersion(database: SyncDatabase): number {
  try {
    const row = database.prepare('select max(version) as version from schema_migrations').get([]) as { version: number | null } | undefined;
    return row?.version ?? 0;
  } catch {
    // No schema_migrations table: a new file.
    return 0;
  }
}

export function openSqliteStore(options: SqliteStoreOptions & { withKysely: true }): Promise<SqliteStoreWithKysely>;
export function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore>;
export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore | SqliteStoreWithKysely> {
  if (options.path !== ':memory:') preparePrivateDatabaseFile(options.path);
  const database = await openSqliteDatabase(options.path);
  let db: Kysely<Database> | undefined;
  try {
    applyPragmas(database);
    // Behind (or ahead: refused there) this code's version: migrate, in one immediate transaction.
    if (installedVersion(database) !== LATEST_SCHEMA_VERSION || options.withKysely) {
      const { kyselyOn, runMigrations } = await import('./migrations/run-migrations.js');
      await runMigrations(database);
      if (options.withKysely) db = kyselyOn(database);
    }
  } catch (error) {
    database.close();
    throw error;
  }
  const conn = new SqliteConnection(database);
  const store: SqliteStore = {
    connection: conn,
    users: new SqliteUserRepository(conn),
    sessions: new SqliteSessionRepository(conn),
    refreshTokens: new SqliteRefreshTokenRepository(conn),
    attempts: new SqliteLoginAttemptLog(conn, options.loginAttemptRetentionMs ?? DEFAULT_LOGIN_ATTEMPT_RETENTION_MS),
    applications: new SqliteApplicationRepository(conn),
    companies: new SqliteCompanyRepository(conn),
    contacts: new SqliteContactRepository(conn),
    userSettings: new SqliteUserSettingsRepository(conn),
    userTransfer: new SqliteUserTransfer(conn),
    close: async () => {
      // Writes already queued are committed (and their callers answered) before the file closes.
      await conn.drained();
      if (db) await db.destroy();
      else database.close();
    },
  };
  return db ? { ...store, db } : store;
}
