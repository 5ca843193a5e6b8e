/** Which store the configuration chooses: MongoDB for everything when MONGO_URI (or MONGO_HOST)
 * is set, otherwise the SQLite file with uploads on local disk. */
import { ConfigError, type Env } from './env.js';

export type SqliteStorage = { kind: 'sqlite'; databasePath: string; mediaRoot: string };
export type MongoStorage = { kind: 'mongo'; uri: string; dbName: string };
export type StorageConfig = SqliteStorage | MongoStorage;

export function isMongoChosen(env: Env): boolean {
  return env.MONGO_URI !== undefined || env.MONGO_HOST !== undefined;
}

export function storageConfigOf(env: Env): StorageConfig {
  return isMongoChosen(env) ? mongoStorageOf(env) : sqliteStorageOf(env);
}

export function sqliteStorageOf(env: Env): SqliteStorage {
  return { kind: 'sqlite', databasePath: env.DATABASE_PATH, mediaRoot: env.MEDIA_ROOT };
}

/** The MongoDB side of the configuration, whether or not it is the chosen store (the migrate
 * command needs both); a ConfigError when neither MONGO_URI nor MONGO_HOST is set. */
export function mongoStorageOf(env: Env): MongoStorage {
  if (env.MONGO_URI !== undefined) return { kind: 'mongo', uri: env.MONGO_URI, dbName: env.MONGO_DB_NAME };
  if (env.MONGO_HOST === undefined) throw new ConfigError('MongoDB is not configured: set MONGO_URI, or MONGO_HOST and the other MONGO_* variables');
  return {
    kind: 'mongo',
    uri: mongoUriFromParts({ host: env.MONGO_HOST, port: env.MONGO_PORT, username: env.MONGO_USERNAME, password: env.MONGO_PASSWORD }),
    dbName: env.MONGO_DB_NAME,
  };
}

/** `mongodb://user:password@host:port/`. The credentials are percent-encoded (the driver
 * refuses a raw `@`, `:`, `/`, `?`, `#`, `[`, `]` or `%` in them), an IPv6 address is bracketed,
 * and no database is named in the path, so the user is authenticated against `admin`, as
 * PyMongo's `MongoClient(host, port, username, password)` did for the original. */
export function mongoUriFromParts(parts: { host: string; port: number; username?: string | undefined; password?: string | undefined }): string {
  const host = parts.host.includes(':') && !parts.host.startsWith('[') ? `[${parts.host}]` : parts.host;
  let credentials = '';
  if (parts.username !== undefined) {
    credentials = encodeURIComponent(parts.username);
    if (parts.password !== undefined) credentials += `:${encodeURIComponent(parts.password)}`;
    credentials += '@';
  }
  return `mongodb://${credentials}${host}:${parts.port}/`;
}

/** What the start-up line says about the store: never a password. */
export function describeStorage(storage: StorageConfig): string {
  if (storage.kind === 'sqlite') return `SQLite ${storage.databasePath}, files in ${storage.mediaRoot}`;
  // After the last `@`: a mistyped password with a raw `/` or `?` must not show either.
  const rest = storage.uri.replace(/^mongodb(\+srv)?:\/\//, '');
  const hosts = rest.slice(rest.lastIndexOf('@') + 1).split(/[/?]/)[0] || '?';
  return `MongoDB ${hosts}, database ${storage.dbName}, files in GridFS`;
}
