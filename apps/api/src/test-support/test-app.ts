/** Builds the real app in-process with small request helpers, on a temp SQLite file with local
 * files, or on MongoDB over mingo with files in GridFS: the vitest project decides (see
 * vitest.config.ts), or the caller. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IdGenerator } from '@jobtracker/core';
import { inject } from 'vitest';
import { createApp } from '../app.js';
import type { AppDeps, AppLog } from '../config/app-deps.js';
import { createContainer } from '../container.js';
import { parseEnv } from '../config/env.js';
import { gridFsMediaProbe, localMediaProbe } from './media-probe.js';
import { GRIDFS_CHUNK_SIZE_BYTES, openMingoTestStore, type MingoTestStore } from './mingo-store.js';

export type TestStore = 'sqlite' | 'mingo';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The store the in-process API suite runs on in this vitest project. */
    store: TestStore;
  }
}

/** The store of this vitest project (`sqlite` unless the project provides another). */
export function projectStore(): TestStore {
  return inject('store') ?? 'sqlite';
}

export const TEST_SIGNING_KEY = 'test-signing-key-that-is-long-enough-for-hs256';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A registered user as most tests hold one: its access token and id. */
export type TestUser = { token: string; id: number };

export type CallOptions = {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as-is instead of JSON. */
  rawBody?: RequestInit['body'];
};

export async function createTestApp(
  options: {
    env?: Record<string, string>;
    clock?: () => Date;
    peer?: string;
    webRoot?: string;
    /** Which store; or a store already opened elsewhere (that the app then closes). */
    store?: TestStore | MingoTestStore;
    ids?: IdGenerator;
    /** Where the app's log lines go (tests that read them); by default pino on stdout. */
    log?: AppLog;
  } = {},
) {
  const storeKind = typeof options.store === 'object' ? 'mingo' : (options.store ?? projectStore());
  const dir = mkdtempSync(join(tmpdir(), 'jobtracker-api-'));
  const env = parseEnv({
    DATABASE_PATH: join(dir, 'test.db'),
    MEDIA_ROOT: join(dir, 'media'),
    JWT_SECRET_KEY: TEST_SIGNING_KEY,
    ...options.env,
  });
  const retention = { loginAttemptRetentionMs: env.LOGIN_THROTTLE_WINDOW_MINUTES * 60_000 };
  let media = localMediaProbe(resolve(env.MEDIA_ROOT));
  let store = {};
  if (storeKind === 'mingo') {
    const mingo = typeof options.store === 'object' ? options.store : await openMingoTestStore(retention);
    store = { store: mingo.opened };
    media = gridFsMediaProbe({ db: mingo.db, chunkSizeBytes: GRIDFS_CHUNK_SIZE_BYTES, jam: mingo.jam });
  }
  // Without a store given, the container opens the configured one: SQLite in `dir`.
  const container = await createContainer(env, {
    settings: { webRoot: options.webRoot ?? null },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...store,
  });
  const opened = container.store;
  const app = createApp({ deps: container.deps, peerAddress: () => options.peer ?? '127.0.0.1' });

  async function call(method: string, path: string, callOptions: CallOptions = {}) {
    const headers: Record<string, string> = { ...callOptions.headers };
    if (callOptions.token) headers['Authorization'] = `Bearer ${callOptions.token}`;
    let body: RequestInit['body'] | undefined = callOptions.rawBody;
    if (body === undefined && callOptions.body !== undefined) {
      body = JSON.stringify(callOptions.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  let userCounter = 0;
  /** Registers a fresh user and returns its tokens (register tokens; use `login` for login ones). */
  async function registerUser(overrides: Record<string, unknown> = {}) {
    userCounter += 1;
    const email = (overrides['email'] as string | undefined) ?? `user${userCounter}-${Date.now()}@example.com`;
    const password = (overrides['password'] as string | undefined) ?? 'SecurePass123!';
    const response = await call('POST', '/api/auth/register/', {
      body: { email, password, password_confirm: password, first_name: 'Test', last_name: 'User', ...overrides },
    });
    if (response.status !== 201) throw new Error(`register failed: ${response.status} ${response.text}`);
    return { email, password, user: response.json.user, access: response.json.tokens.access as string, refresh: response.json.tokens.refresh as string };
  }

  /** Registers a fresh user and returns what most tests need of it. */
  async function newUser(): Promise<TestUser> {
    const registered = await registerUser();
    return { token: registered.access, id: registered.user.id as number };
  }

  async function login(email: string, password: string) {
    return call('POST', '/api/auth/login/', { body: { email, password } });
  }

  return {
    app,
    deps: container.deps as AppDeps,
    dir,
    /** Which store this app runs on, and the store itself (all its ports). */
    store: storeKind,
    opened,
    /** What is stored in the file store (disk or GridFS). */
    media,
    call,
    registerUser,
    newUser,
    login,
    /** Closes the store early (to provoke real internal errors); `close()` still cleans up. */
    closeStore: () => container.close(),
    async close() {
      await container.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The payload of a JWT, unverified (tests inspect claims). */
export function jwtPayload(token: string): Record<string, unknown> {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload as string, 'base64url').toString('utf8'));
}
