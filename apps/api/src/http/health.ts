/** `GET /healthz` for load balancers and process managers: 200 when this process can read its
 * store, 503 when it cannot. Outside `/api/` (not part of the REST contract), no authentication,
 * nothing about the failure in the body (the log has it). */
import type { Hono } from 'hono';
import type { AppDeps } from '../config/app-deps.js';

export function registerHealthRoute(app: Hono, deps: Pick<AppDeps, 'auth' | 'log'>): void {
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      // One indexed read of the store every request depends on.
      await deps.auth.users.hasAny();
      return c.json({ status: 'ok' });
    } catch (error) {
      deps.log.warn(`health check: the store did not answer: ${(error as Error).message}`);
      return c.json({ status: 'unavailable' }, 503);
    }
  });
}
