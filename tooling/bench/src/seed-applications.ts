/** Bench fixtures: users registered over REST, then their demo applications written straight
 * into the server's SQLite file from this process (10,000 POSTs with fsyncs would be too slow). */
import { generateDemoApplications } from '@jobtracker/core';
import { openSqliteStore } from '@jobtracker/db/sqlite';
import { randomBytes } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { expectStatus, requestJson } from './http-client.js';

export type BenchUser = { id: number; token: string; email: string; password: string };

export async function registerBenchUser(baseUrl: string): Promise<BenchUser> {
  const password = `Bench-${randomBytes(8).toString('hex')}`;
  const email = `bench-${Date.now()}@example.com`;
  const response = await requestJson({
    url: `${baseUrl}/api/auth/register/`,
    method: 'POST',
    body: { email, password, password_confirm: password, first_name: 'Bench', last_name: 'User' },
  });
  expectStatus(response, 201, 'register');
  const body = response.body as { user?: { id?: unknown }; tokens?: { access?: unknown } };
  if (typeof body.user?.id !== 'number' || typeof body.tokens?.access !== 'string') throw new Error('register: unexpected body');
  return { id: body.user.id, token: body.tokens.access, email, password };
}

const newObjectId = (): string => randomBytes(12).toString('hex');

/** Rows per transaction while seeding. */
const SEED_BATCH = 10_000;

/** Inserts `count` demo applications in batches of 10,000 (one transaction each, through the
 * repository's batch create); returns their ids. */
export async function seedApplications(options: { databasePath: string; userId: number; count: number }): Promise<string[]> {
  const store = await openSqliteStore({ path: options.databasePath });
  try {
    const applications = generateDemoApplications({ count: options.count, seed: 42, now: new Date(), userId: options.userId, newId: newObjectId });
    const started = performance.now();
    for (let start = 0; start < applications.length; start += SEED_BATCH) {
      await store.applications.createMany(options.userId, applications.slice(start, start + SEED_BATCH));
      // A turn of the event loop between batches: a keep-alive socket the server closed meanwhile
      // (5 s idle) leaves fetch's pool instead of failing the next request with "other side closed".
      await nextTurn();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`  seeded ${Math.min(start + SEED_BATCH, applications.length)}/${options.count} (${seconds} s)`);
    }
    return applications.map((application) => application.id);
  } finally {
    await store.close();
  }
}
