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
  MONGO_URI: optionalText,
  MONGO_DB_NAME: v.optional(v.string(), 'job_tracker'),
  MONGO_HOST: optionalText,
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
});

export type Env = v.InferOutput<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const known = Object.fromEntries(
    Object.keys(EnvSchema.entries).flatMap((key) => (source[key] === undefined ? [] : [[key, source[key]]])),
  );
  const result = v.safeParse(EnvSchema, known);
  if (result.success) return result.output;
  const lines = result.issues.map((issue) => {
    const key = issue.path?.map((item) => String(item.key)).join('.') ?? '?';
    return `  ${key}=${JSON.stringify(source[key] ?? '')}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

export function readEnv(): Env {
  return parseEnv(process.env);
}
