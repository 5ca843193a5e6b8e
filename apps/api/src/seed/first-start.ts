/** On the first start of an empty database with DEBUG on (the contract's default), create the
 * demo account so there is something to look at, and say how to sign in. With DEBUG off, never:
 * a production database must not get an account with a published password. Processes (or hosts)
 * starting at once on one empty store all get here; only the one that creates the account seeds
 * it. */
import { DEMO_DEFAULT_COUNT, DEMO_USER_CREDENTIALS, seedNewDemoAccount } from '@jobtracker/core';
import type { AppDeps } from '../config/app-deps.js';
import { seedDepsOf } from './seed-deps.js';

/** A fixed seed: every fresh development database starts with the same demo data. */
const FIRST_START_SEED = 1;

export async function seedDemoOnFirstStart(deps: AppDeps, log: (line: string) => void): Promise<boolean> {
  if (!deps.settings.debug || (await deps.auth.users.hasAny())) return false;
  const result = await seedNewDemoAccount(seedDepsOf(deps), { count: DEMO_DEFAULT_COUNT, seed: FIRST_START_SEED, now: deps.clock() });
  if (!result) return false;
  log(
    `Empty database: created the demo account with ${result.applications} applications. ` +
      `Sign in as ${DEMO_USER_CREDENTIALS.email} / ${DEMO_USER_CREDENTIALS.password} (DEBUG is on; set DEBUG=False in production).`,
  );
  return true;
}
