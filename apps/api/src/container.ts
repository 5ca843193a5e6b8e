/** Assembles the app's dependencies from validated configuration: the store (SQLite and local
 * files, or MongoDB and GridFS) with its throttling log, the JWT codec, argon2, the settings, the
 * log and the lifecycle (readiness, shutdown state). */
import type { AuthDeps, IdGenerator } from '@jobtracker/core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AppDeps, AppLog, AppSettings } from './config/app-deps.js';
import type { Env } from './config/env.js';
import { storageConfigOf } from './config/storage-config.js';
import { createArgon2Hasher } from './infra/argon2-hasher.js';
import { loadCommonPasswords } from './infra/common-passwords.js';
import { createJwtCodec } from './infra/jwt-codec.js';
import { createLifecycle } from './infra/lifecycle.js';
import { createLogger } from './infra/logger.js';
import { createObjectIdGenerator, createRandomSource } from './infra/random-source.js';
import { openStore, type OpenedStore } from './infra/open-store.js';
import { resolveSigningKey } from './infra/signing-key.js';

export type Container = {
  deps: AppDeps;
  close: () => Promise<void>;
  signingKeySource: string;
  /** Which store, for the start-up line (never a password). */
  storage: string;
  /** Other hosts may share the store (MongoDB): start-up sweeps leave recent staged uploads. */
  sharedStorage: boolean;
  /** Every port of the store, for maintenance (the migrate command) and tests. */
  store: OpenedStore;
};

/** apps/web/dist next to this package, when it has been built. */
export function defaultWebRoot(): string | null {
  const path = fileURLToPath(new URL('../../web/dist/', import.meta.url));
  return existsSync(path) ? path : null;
}

export function settingsFromEnv(env: Env, overrides: Partial<AppSettings> = {}): AppSettings {
  return {
    debug: env.DEBUG,
    corsAllowedOrigins: env.CORS_ALLOWED_ORIGINS,
    trustedProxies: env.TRUSTED_PROXIES,
    maxBodyBytes: env.MAX_BODY_BYTES,
    webRoot: defaultWebRoot(),
    logRequests: env.LOG_REQUESTS,
    servedBy: env.SERVED_BY_HEADER ? String(process.pid) : null,
    ...overrides,
  };
}

export type ContainerOverrides = {
  settings?: Partial<AppSettings>;
  clock?: () => Date;
  /** Another id source (tests that need the same ids in two stores). */
  ids?: IdGenerator;
  /** An already opened store instead of the configured one (tests: MongoDB over mingo). */
  store?: OpenedStore;
  /** The log (start-up passes the process's one; tests capture lines); by default pino on stdout. */
  log?: AppLog;
};

export async function createContainer(env: Env, overrides: ContainerOverrides = {}): Promise<Container> {
  const windowMinutes = env.LOGIN_THROTTLE_WINDOW_MINUTES;
  const storage = storageConfigOf(env);
  const signingKey = resolveSigningKey({
    jwtSecretKey: env.JWT_SECRET_KEY,
    secretKey: env.SECRET_KEY,
    databasePath: storage.kind === 'sqlite' ? storage.databasePath : null,
  });
  const log = overrides.log ?? createLogger({ level: env.LOG_LEVEL });
  const opened = overrides.store ?? (await openStore(storage, { loginAttemptRetentionMs: windowMinutes * 60_000 }));
  const { store } = opened;
  const auth: AuthDeps = {
    users: store.users,
    sessions: store.sessions,
    refreshTokens: store.refreshTokens,
    hasher: createArgon2Hasher(),
    tokens: createJwtCodec(signingKey.key),
    random: createRandomSource(),
    commonPasswords: loadCommonPasswords(),
    // In the store, so every process (and every host, with MongoDB) counts the same failures.
    attempts: store.attempts,
    lifetimes: {
      accessMinutes: env.JWT_ACCESS_TOKEN_LIFETIME,
      refreshMinutes: env.JWT_REFRESH_TOKEN_LIFETIME,
      sessionMinutes: env.SESSION_MAX_AGE,
    },
    throttle: {
      perAccount: { maxFailures: env.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowMinutes },
      perClient: { maxFailures: env.LOGIN_MAX_FAILURES_PER_CLIENT, windowMinutes },
    },
  };
  const deps: AppDeps = {
    auth,
    applications: store.applications,
    companies: store.companies,
    userSettings: store.userSettings,
    files: opened.files,
    ids: overrides.ids ?? createObjectIdGenerator(),
    contacts: store.contacts,
    clock: overrides.clock ?? (() => new Date()),
    settings: settingsFromEnv(env, overrides.settings),
    log,
    // One indexed read of the store every request depends on, whichever store it is.
    lifecycle: createLifecycle({ storeAnswers: () => store.users.hasAny(), log }),
  };
  return {
    deps,
    close: () => opened.close(),
    signingKeySource: signingKey.source,
    storage: opened.description,
    sharedStorage: opened.shared,
    store: opened,
  };
}
