/** `X-Served-By` on every response, only when configured (SERVED_BY_HEADER): which process
 * answered, for tests of several processes and for diagnosing a load balancer. */
import type { MiddlewareHandler } from 'hono';

export function servedBy(value: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('X-Served-By', value);
  };
}
