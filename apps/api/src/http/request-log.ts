/** One structured log line per request (LOG_REQUESTS): the request id, method, path, status and
 * duration to the response's headers. Never the query string, headers, cookies or body, which
 * can carry tokens and personal data; and the calendar feed's secret is taken out of the path,
 * since that secret is the feed's only credential. Health probes go at debug level, so a load
 * balancer polling them does not drown the log. */
import type { Context, MiddlewareHandler } from 'hono';
import { getPath } from 'hono/utils/url';
import type { AppLog } from '../config/app-deps.js';
import { HEALTH_PATHS } from './health.routes.js';

const CALENDAR_SECRET = /(\/api\/calendar\/)[^/?\s]+/gi;

/** `text` with every calendar feed secret replaced by `[secret]`. */
export function redactSecrets(text: string): string {
  return text.replace(CALENDAR_SECRET, '$1[secret]');
}

/** The path as requested (trailing slash kept), without the query and without secrets: what
 * every log line about a request may say of its URL. */
export function loggedPath(c: Context): string {
  return redactSecrets(getPath(c.req.raw));
}

export function requestLog(log: Pick<AppLog, 'info' | 'debug'>): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const line = {
      req_id: c.get('requestId'),
      method: c.req.method,
      path: loggedPath(c),
      status: c.res.status,
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
    };
    if (HEALTH_PATHS.includes(c.req.path)) log.debug(line, 'request');
    else log.info(line, 'request');
  };
}
