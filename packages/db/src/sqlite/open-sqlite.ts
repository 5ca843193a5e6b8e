/** Opens (creating if needed) the SQLite store: connection pragmas, migrations, repositories. */
import { CompiledQuery, Kysely, SqliteDialect } from 'kysely';
import type { JobTrackerStore } from '../store.js';
import { SqliteApplicationRepository } from './applications/application.repository.js';
import { SqliteLoginAttemptLog } from './auth/login-attempt-log.js';
import { SqliteRefreshTokenRepository } from './auth/refresh-token.repository.js';
import { SqliteSessionRepository } from './auth/session.repository.js';
import { SqliteCompanyRepository } from './companies/company.repository.js';
import { SqliteContactRepository } from './contacts/contact.repository.js';
import { MIGRATIONS } from './migrations/index.js';
import { migrateToLatest } from './migrations/migrate.js';
import type { Database } from './schema.js';
import { preparePrivateDatabaseFile } from './private-files.js';
import { SqliteUserSettingsRepository } from './settings/user-settings.repository.js';
import { openSqliteDatabase } from './sqlite-driver.js';
import { SqliteUserTransfer } from './users/user-transfer.js';
import { SqliteUserRepository } from './users/user.repository.js';

export type SqliteStoreOptions = {
  /** File path (created owner-only, with its directory), or `:memory:` for a private throwaway
   * database. */
  path: string;
  /** How long a failed login is kept for throttling; at least the longest throttle window.
   * Default: one day. */
  loginAttemptRetentionMs?: number;
};

/** A day: the longest throttle window the configuration allows. */
export const DEFAULT_LOGIN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export type SqliteStore = JobTrackerStore & {
  /** The kysely handle, for maintenance and tests; use the repositories for domain data. */
  db: Kysely<Database>;
};

const CONNECTION_PRAGMAS = [
  'pragma journal_mode = WAL',
  // With NORMAL the last commits can roll back after a power loss; FULL makes an acknowledged
  // write durable.
  'pragma synchronous = FULL',
  'pragma foreign_keys = ON',
  'pragma busy_timeout = 5000',
];

export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  if (options.path !== ':memory:') preparePrivateDatabaseFile(options.path);
  const database = await openSqliteDatabase(options.path);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({
      database,
      async onCreateConnection(connection) {
        for (const pragma of CONNECTION_PRAGMAS) await connection.executeQuery(CompiledQuery.raw(pragma));
      },
    }),
  });
  try {
    await migrateToLatest(db, MIGRATIONS);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    users: new SqliteUserRepository(db),
    sessions: new SqliteSessionRepository(db),
    refreshTokens: new SqliteRefreshTokenRepository(db),
    attempts: new SqliteLoginAttemptLog(db, options.loginAttemptRetentionMs ?? DEFAULT_LOGIN_ATTEMPT_RETENTION_MS),
    applications: new SqliteApplicationRepository(db),
    companies: new SqliteCompanyRepository(db),
    contacts: new SqliteContactRepository(db),
    userSettings: new SqliteUserSettingsRepository(db),
    userTransfer: new SqliteUserTransfer(db),
    close: () => db.destroy(),
  };
}
