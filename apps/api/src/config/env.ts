/** Configuration: read and validated once, here; nothing else reads process.env. */
import * as v from 'valibot';

const list = (fallback: string) =>
  v.pipe(
    v.optional(v.string(), fallback),
    v.transform((text) => text.split(',').map((item) => item.trim()).filter(Boolean)),
  );

const integer = (fallback: number, min: number, max: number) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.trim(),
    v.regex(/^\d+$/, 'must be a whole number'),
    v.transform(Number),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

/** Django's DEBUG is the string "True"; we accept the usual spellings. */
const flag = (fallback: boolean) =>
  v.pipe(
    v.optional(v.string(), fallback ? 'True' : 'False'),
    v.trim(),
    v.toLowerCase(),
    v.picklist(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], 'must be True or False'),
    v.transform((text) => ['true', '1', 'yes', 'on'].includes(text)),
  );

const optionalText = v.pipe(
  v.optional(v.string(), ''),
  v.transform((text) => text.trim() || undefined),
);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const MAX_WORKERS = 256;

/** Server processes sharing the port: a whole number, or `auto` for one per core. */
const workers = v.pipe(
  v.optional(v.string(), '1'),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(auto|\d+)$/, 'must be a whole number or auto'),
  v.transform((text): number | 'auto' => (text === 'auto' ? 'auto' : Number(text))),
  v.check((value) => value === 'auto' || (value >= 1 && value <= MAX_WORKERS), `must be from 1 to ${MAX_WORKERS}, or auto`),
);

/** MongoDB's rules for database names: no `/\\. "$*<>:|?`, not empty, under 64 bytes. */
const mongoDbName = v.pipe(
  v.optional(v.string(), 'job_tracker'),
  v.trim(),
  v.regex(/^[^/\\. "$*<>:|?]+$/, 'must be a MongoDB database name (no /\\. "$*<>:|? or spaces)'),
  v.check((name) => new TextEncoder().encode(name).length < 64, 'must be shorter than 64 bytes'),
);

const mongoUri = v.pipe(
  optionalText,
  v.check((uri) => uri === undefined || /^mongodb(\+srv)?:\/\/./.test(uri), 'must start with mongodb:// or mongodb+srv://'),
);

/** A host name or an IP address (IPv6 with or without brackets); never a URI's other parts. */
const mongoHost = v.pipe(
  optionalText,
  v.check((host) => host === undefined || /^(\[[0-9a-fA-F:.]+\]|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*|[A-Za-z0-9._-]+)$/.test(host), 'must be a host name or an IP address'),
);

export const EnvSchema = v.object({
  PORT: integer(8000, 0, 65535),
  HOST: v.optional(v.string(), '0.0.0.0'),
  DEBUG: flag(true),
  SECRET_KEY: optionalText,
  JWT_SECRET_KEY: optionalText,
  JWT_ACCESS_TOKEN_LIFETIME: integer(60, 1, 60 * 24 * 365),
  JWT_REFRESH_TOKEN_LIFETIME: integer(10080, 1, 60 * 24 * 365),
  /** Absolute session lifetime in minutes, however often it is refreshed (default 30 days). */
  SESSION_MAX_AGE: integer(43200, 1, 60 * 24 * 3650),
  ALLOWED_HOSTS: list('localhost,127.0.0.1'),
  CORS_ALLOWED_ORIGINS: list('http://localhost:3000,http://localhost:5173'),
  DATABASE_PATH: v.optional(v.string(), './data/jobtracker.db'),
  MEDIA_ROOT: v.optional(v.string(), './media'),
  /** Selects MongoDB for everything (users, sessions, throttling, documents, files in GridFS). */
  MONGO_URI: mongoUri,
  MONGO_DB_NAME: mongoDbName,
  /** Selects MongoDB when MONGO_URI is unset: the URI is built from the MONGO_* parts. */
  MONGO_HOST: mongoHost,
  MONGO_PORT: integer(27017, 1, 65535),
  MONGO_USERNAME: optionalText,
  MONGO_PASSWORD: optionalText,
  /** Failed logins per account inside the window before 429 (0 turns the limit off). */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: integer(10, 0, 1_000_000),
  /** Failed logins per client address inside the window before 429 (0 turns the limit off). */
  LOGIN_MAX_FAILURES_PER_CLIENT: integer(100, 0, 1_000_000),
  LOGIN_THROTTLE_WINDOW_MINUTES: integer(15, 1, 24 * 60),
  /** Proxies whose X-Forwarded-For is believed (comma-separated addresses). Empty: none. */
  TRUSTED_PROXIES: list(''),
  /** Largest JSON or form body, in bytes (uploads have their own 5 MB rule). */
  MAX_BODY_BYTES: integer(1_048_576, 1024, 100 * 1_048_576),
  /** One structured log line per request (id, method, path, status, duration). */
  LOG_REQUESTS: flag(false),
  /** The least severe log level written (pino's levels; `silent` writes nothing). */
  LOG_LEVEL: v.optional(
    v.pipe(v.string(), v.trim(), v.toLowerCase(), v.picklist(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`)),
    'info',
  ),
  /** On SIGTERM/SIGINT, how long requests in flight may take before their connections are cut. */
  SHUTDOWN_TIMEOUT_SECONDS: integer(10, 1, 3600),
  /** Server processes sharing the port (node:cluster; Bun's reusePort). */
  WORKERS: workers,
  /** Adds `X-Served-By: <pid>` to every response, to see which process answered (tests,
   * diagnosing a load balancer); off by default. */
  SERVED_BY_HEADER: flag(false),
});

export type Env = v.InferOutput<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type ParseOptions = {
  /** False for commands that sign no tokens (the migrate command): MongoDB then needs no key. */
  needsSigningKey?: boolean;
};

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>, options: ParseOptions = {}): Env {
  const known = Object.fromEntries(
    Object.keys(EnvSchema.entries).flatMap((key) => (source[key] === undefined ? [] : [[key, source[key]]])),
  );
  const result = v.safeParse(EnvSchema, known);
  if (result.success) {
    const problems = crossCheck(result.output, options);
    if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    return result.output;
  }
  const lines = result.issues.map((issue) => {
    const key = issue.path?.map((item) => String(item.key)).join('.') ?? '?';
    return `  ${key}=${JSON.stringify(source[key] ?? '')}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Rules between variables. With MongoDB, every process on every host must sign with the same
 * key, and a generated key would have to live in the database, where every backup and every
 * reader of the database would hold the secret that forges sessions: so a key is required. */
function crossCheck(env: Env, options: ParseOptions): string[] {
  const problems: string[] = [];
  const mongo = env.MONGO_URI !== undefined || env.MONGO_HOST !== undefined;
  if (options.needsSigningKey !== false && mongo && !env.JWT_SECRET_KEY && !env.SECRET_KEY) {
    problems.push('JWT_SECRET_KEY="": must be set (or SECRET_KEY) when MongoDB is chosen, the same on every host');
  }
  if (env.MONGO_URI === undefined && env.MONGO_PASSWORD !== undefined && env.MONGO_USERNAME === undefined) {
    problems.push('MONGO_USERNAME="": must be set when MONGO_PASSWORD is');
  }
  return problems;
}

export function readEnv(options: ParseOptions = {}): Env {
  return parseEnv(process.env, options);
}
