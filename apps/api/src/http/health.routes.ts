/** Probes for load balancers, orchestrators and process managers, outside /api/ (not part of the
 * contract), public and cheap: `/healthz` (liveness) answers 200 while the process runs;
 * `/readyz` (readiness, what a load balancer should route by) answers 200 only while the store
 * answers an indexed read and no shutdown has begun, else 503 (saying nothing of why; the log
 * has it). */
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
