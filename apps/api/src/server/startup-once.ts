/** Start-up work done once per start, before any process serves a request: the sweep of uploads
 * a crash interrupted and the demo account of a new database. With WORKERS > 1 the primary does
 * it (then closes its store and forks the workers); a restarted worker never does, because other
 * workers may have uploads in flight. Migrations need no such care: each process applies them
 * at open, inside one immediate transaction (SQLite) or as idempotent index builds (MongoDB). */
import type { Container } from '../container.js';
import { seedDemoOnFirstStart } from '../seed/first-start.js';

/** With a store other hosts share (MongoDB), another host may be in the middle of an upload:
 * only staged files older than any upload can be (Node ends a request after 5 minutes) are
 * leftovers. */
export const SHARED_SWEEP_GRACE_MS = 60 * 60_000;

export async function runStartupOnce(container: Container, log: (line: string) => void): Promise<void> {
  const now = container.deps.clock();
  const stagedBefore = container.sharedStorage ? new Date(now.getTime() - SHARED_SWEEP_GRACE_MS) : now;
  const swept = await container.deps.files.sweep({ stagedBefore });
  log(`Upload staging: removed ${swept} file(s) left by interrupted uploads`);
  await seedDemoOnFirstStart(container.deps, log);
}
