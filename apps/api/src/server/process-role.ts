/** What this process is: the only server (WORKERS=1), the primary that starts and watches the
 * workers, or one of the workers sharing the port. */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Env } from '../config/env.js';

export type ProcessRole = { kind: 'single' } | { kind: 'primary'; workers: number } | { kind: 'worker' };

/** WORKERS as a number: `auto` is one per core the process may use. */
export function workerCount(env: Pick<Env, 'WORKERS'>): number {
  return env.WORKERS === 'auto' ? availableParallelism() : env.WORKERS;
}

export function processRole(env: Pick<Env, 'WORKERS'>): ProcessRole {
  if (!cluster.isPrimary) return { kind: 'worker' };
  const workers = workerCount(env);
  return workers > 1 ? { kind: 'primary', workers } : { kind: 'single' };
}
