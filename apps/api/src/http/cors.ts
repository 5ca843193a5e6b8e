/** CORS for the configured origins only, with credentials (contract 1.8). Preflights are
 * answered before authentication; a plain OPTIONS (no preflight headers) reaches the routes. */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export function corsForOrigins(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  const handler = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'],
    allowHeaders: ['accept', 'accept-encoding', 'authorization', 'content-type', 'dnt', 'origin', 'user-agent', 'x-csrftoken', 'x-requested-with'],
    exposeHeaders: ['Content-Disposition', 'Retry-After'],
    maxAge: 86400,
  });
  return async (c, next) => {
    const isPreflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    if (c.req.method === 'OPTIONS' && !isPreflight) {
      await next();
      return;
    }
    return handler(c, next);
  };
}
