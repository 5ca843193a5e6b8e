/** One structured log line per request (LOG_REQUESTS): the request id, method, path, status and
 * duration to the response's headers. Never the query string, headers, cookies or body, which
 * can carry tokens and personal data. Health probes go at debug level, so a load balancer polling
 * them does not drown the log. */
import type { MiddlewareHandler } from 'hono';
import { getPath } from 'hono/utils/url';
import type { AppLog } from '../config/app-deps.js';
import { HEALTH_PATHS } from './health.routes.js';

export function requestLog(log: AppLog): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const line = {
      req_id: c.get('requestId'),
      method: c.req.method,
      // As requested (trailing slash kept), without the query.
      path: getPath(c.req.raw),
      status: c.res.status,
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
    };
    if (HEALTH_PATHS.includes(c.req.path)) log.debug(line, 'request');
    else log.info(line, 'request');
  };
}
