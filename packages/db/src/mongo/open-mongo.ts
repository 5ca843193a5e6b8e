/** Opens the MongoDB store: the client with its write concern, the indexes, the repositories and
 * the GridFS file store. */
import { MongoClient, type Db, type MongoClientOptions } from 'mongodb';
import type { JobTrackerStore } from '../store.js';
import { MongoApplicationRepository } from './applications/application.repository.js';
import { MongoLoginAttemptLog } from './auth/login-attempt-log.js';
import { MongoRefreshTokenRepository } from './auth/refresh-token.repository.js';
import { MongoSessionRepository } from './auth/session.repository.js';
import { MongoCompanyRepository } from './companies/company.repository.js';
import { MongoContactRepository } from './contacts/contact.repository.js';
import { openGridFsFileStore } from './files/open-gridfs.js';
import type { GridFsFileStore } from './files/gridfs-file-store.js';
import { ensureIndexes } from './indexes.js';
import type { MinimalDb } from './minimal-db.js';
import { MongoUserSettingsRepository } from './settings/user-settings.repository.js';
import { MongoUserTransfer } from './users/user-transfer.js';
import { MongoUserRepository } from './users/user.repository.js';
import { MONGO_WRITE_CONCERN } from './write-concern.js';

/** A day: the longest throttle window the configuration allows. */
export const DEFAULT_LOGIN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

export type MongoStoreOverOptions = {
  /** How long a failed login is kept for throttling; at least the longest throttle window.
   * Default: one day. */
  loginAttemptRetentionMs?: number;
};

export type MongoStoreOptions = MongoStoreOverOptions & {
  /** A MongoDB connection string (`mongodb://...` or `mongodb+srv://...`). */
  uri: string;
  dbName: string;
  /** Further driver options (TLS, pool size, timeouts). The write concern is always
   * `MONGO_WRITE_CONCERN`. */
  clientOptions?: MongoClientOptions;
};

export type MongoStore = JobTrackerStore & {
  /** The database the store works on, for maintenance and tests; use the repositories for
   * domain data. */
  db: MinimalDb;
};

export type ConnectedMongoStore = JobTrackerStore & {
  client: MongoClient;
  /** The driver's database handle (health checks, maintenance). */
  db: Db;
  /** Uploaded files in GridFS (bucket `media`) of the same database, so every API process
   * serves every file. */
  files: GridFsFileStore;
};

/** The store's client, not yet connected: the caller's driver options with the store's write
 * concern. A connection string or option that would still weaken it (the deprecated `j=false` or
 * `fsync`) is refused rather than obeyed. */
export function createMongoClient(options: Pick<MongoStoreOptions, 'uri' | 'clientOptions'>): MongoClient {
  const client = new MongoClient(options.uri, {
    ...options.clientOptions,
    // Top-level `w`/`journal` take precedence over the same keys in the connection string.
    writeConcern: MONGO_WRITE_CONCERN,
    w: MONGO_WRITE_CONCERN.w,
    journal: MONGO_WRITE_CONCERN.journal,
  });
  const concern = client.writeConcern;
  if (concern?.w !== MONGO_WRITE_CONCERN.w || concern.journal !== MONGO_WRITE_CONCERN.journal) {
    throw new Error(
      "MongoDB write concern must be { w: 'majority', journal: true }: remove w, j, journal and fsync from the connection string",
    );
  }
  return client;
}

/** Connects, creates the indexes (the GridFS bucket's too) and returns the store with its file
 * store; `close()` closes the client. */
export async function openMongoStore(options: MongoStoreOptions): Promise<ConnectedMongoStore> {
  const client = createMongoClient(options);
  await client.connect();
  try {
    const db = client.db(options.dbName);
    const store = await openMongoStoreOver(db, options);
    const files = await openGridFsFileStore(db);
    return { ...store, db, client, files, close: () => client.close() };
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** The store over any database with the driver's interface: a driver `Db`, or the in-process
 * mingo database of `@jobtracker/db/mongo/testing`. Creates the indexes; `close()` does nothing
 * (the database's owner closes it). */
export async function openMongoStoreOver(db: MinimalDb, options: MongoStoreOverOptions = {}): Promise<MongoStore> {
  await ensureIndexes(db);
  return {
    db,
    users: new MongoUserRepository(db),
    sessions: new MongoSessionRepository(db),
    refreshTokens: new MongoRefreshTokenRepository(db),
    attempts: new MongoLoginAttemptLog(db, options.loginAttemptRetentionMs ?? DEFAULT_LOGIN_ATTEMPT_RETENTION_MS),
    applications: new MongoApplicationRepository(db),
    companies: new MongoCompanyRepository(db),
    contacts: new MongoContactRepository(db),
    userSettings: new MongoUserSettingsRepository(db),
    userTransfer: new MongoUserTransfer(db),
    close: async () => {},
  };
}
