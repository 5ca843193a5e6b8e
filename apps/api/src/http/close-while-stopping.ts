/** While the server shuts down, every answer carries `Connection: close`: a keep-alive client
 * gets its answer and opens its next connection elsewhere, so connections end after the request
 * in flight instead of keeping the shutdown waiting. */
import type { MiddlewareHandler } from 'hono';
import type { Lifecycle } from '../config/app-deps.js';

export function closeConnectionsWhileStopping(lifecycle: Pick<Lifecycle, 'stopping'>): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (lifecycle.stopping) c.res.headers.set('Connection', 'close');
  };
}
