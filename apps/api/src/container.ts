/** Assembles the app's dependencies from validated configuration: the SQLite store, the file
 * store, the JWT codec, argon2, the throttling log, the settings, the log and the lifecycle. */
import type { AuthDeps } from '@jobtracker/core';
import { createLocalFileStore } from '@jobtracker/db/local-files';
import { openSqliteStore } from '@jobtracker/db/sqlite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AppDeps, AppLog, AppSettings } from './config/app-deps.js';
import type { Env } from './config/env.js';
import { createArgon2Hasher } from './infra/argon2-hasher.js';
import { loadCommonPasswords } from './infra/common-passwords.js';
import { createJwtCodec } from './infra/jwt-codec.js';
import { createLifecycle } from './infra/lifecycle.js';
import { createLogger } from './infra/logger.js';
import { createMemoryLoginAttemptLog } from './infra/login-attempts.memory.js';
import { createObjectIdGenerator, createRandomSource } from './infra/random-source.js';
import { resolveSigningKey } from './infra/signing-key.js';

export type Container = { deps: AppDeps; close: () => Promise<void>; signingKeySource: string };

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
    ...overrides,
  };
}

export async function createContainer(
  env: Env,
  overrides: { settings?: Partial<AppSettings>; clock?: () => Date; log?: AppLog } = {},
): Promise<Container> {
  const store = await openSqliteStore({ path: env.DATABASE_PATH });
  const signingKey = resolveSigningKey({
    jwtSecretKey: env.JWT_SECRET_KEY,
    secretKey: env.SECRET_KEY,
    databasePath: env.DATABASE_PATH,
  });
  const windowMinutes = env.LOGIN_THROTTLE_WINDOW_MINUTES;
  const auth: AuthDeps = {
    users: store.users,
    sessions: store.sessions,
    refreshTokens: store.refreshTokens,
    hasher: createArgon2Hasher(),
    tokens: createJwtCodec(signingKey.key),
    random: createRandomSource(),
    commonPasswords: loadCommonPasswords(),
    attempts: createMemoryLoginAttemptLog({ retentionMs: windowMinutes * 60_000 }),
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
    files: createLocalFileStore({ root: env.MEDIA_ROOT }),
    ids: createObjectIdGenerator(),
    clock: overrides.clock ?? (() => new Date()),
    settings: settingsFromEnv(env, overrides.settings),
    log: overrides.log ?? createLogger({ level: env.LOG_LEVEL }),
    lifecycle: createLifecycle(() => store.ping()),
  };
  return { deps, close: () => store.close(), signingKeySource: signingKey.source };
}
