/** Probes for load balancers and orchestrators, outside /api/ (not part of the contract), public
 * and cheap: `/healthz` (liveness) answers while the process runs; `/readyz` (readiness) answers
 * 200 only while the store answers a trivial query and no shutdown has begun, else 503. */
import type { Hono } from 'hono';
import type { Lifecycle } from '../config/app-deps.js';

export const HEALTH_PATHS: readonly string[] = ['/healthz', '/readyz'];

export function registerHealthRoutes(app: Hono, lifecycle: Lifecycle): void {
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });
  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    return (await lifecycle.ready()) ? c.json({ status: 'ready' }) : c.json({ status: 'unavailable' }, 503);
  });
}
