/** Everything the app is built from: stores, ports and settings, assembled by the entry points
 * (or by tests) and passed to createApp. */
import type { ApplicationRepository, AuthDeps, CompanyRepository, ContactRepository, FileStore, IdGenerator, UserSettingsRepository } from '@jobtracker/core';

export type AppSettings = {
  debug: boolean;
  corsAllowedOrigins: string[];
  trustedProxies: string[];
  maxBodyBytes: number;
  /** Directory of the built web app, served at `/`; null when not built. */
  webRoot: string | null;
  logRequests: boolean;
  /** Sent as `X-Served-By` on every response when set (SERVED_BY_HEADER: the process id). */
  servedBy: string | null;
};

export type AppDeps = {
  auth: AuthDeps;
  applications: ApplicationRepository;
  companies: CompanyRepository;
  /** Insight settings: silence threshold, weekly goal, the calendar feed's secret hash. */
  userSettings: UserSettingsRepository;
  /** Uploaded files (local disk under MEDIA_ROOT, or GridFS with MongoDB), built once. */
  files: FileStore;
  ids: IdGenerator;
  /** People of the search, linked to applications. */
  contacts: ContactRepository;
  /** The only clock: everything below the transport gets `now` passed in. */
  clock: () => Date;
  settings: AppSettings;
  /** Where what the client is not told goes (files left behind by a delete, the start-up sweep,
   * internal errors, request lines): pino's JSON lines in the server. */
  log: AppLog;
  /** Readiness for load balancers and the shutdown state. */
  lifecycle: Lifecycle;
};

type LogMethod = {
  (message: string): void;
  (fields: Record<string, unknown>, message: string): void;
};

/** The part of a logger the app uses; pino's logger has it, and so has `console`. */
export type AppLog = { error: LogMethod; warn: LogMethod; info: LogMethod; debug: LogMethod };

export type Lifecycle = {
  /** True once a shutdown has begun: not ready, and connections are closed after their answer. */
  readonly stopping: boolean;
  beginStopping(): void;
  /** Whether to send traffic here: not stopping, and the store answers an indexed read. */
  ready(): Promise<boolean>;
};
