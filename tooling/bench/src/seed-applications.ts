/** Bench fixtures: a user registered over REST, then 10,000 demo applications written straight
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

/** Inserts `count` demo applications one by one (the repository has no bulk insert); returns
 * their ids. Progress every 10%. */
export async function seedApplications(options: { databasePath: string; userId: number; count: number }): Promise<string[]> {
  const store = await openSqliteStore({ path: options.databasePath });
  try {
    const applications = generateDemoApplications({ count: options.count, seed: 42, now: new Date(), userId: options.userId, newId: newObjectId });
    const step = Math.max(1, Math.floor(options.count / 10));
    const started = performance.now();
    for (const [index, application] of applications.entries()) {
      await store.applications.create(application);
      // better-sqlite3 is synchronous, so these awaits settle as microtasks and never let I/O
      // in. Without a turn of the event loop now and then, a keep-alive socket the server closed
      // while seeding ran (5 s idle) stays in fetch's pool, and the next request fails with
      // "other side closed": that happens whenever a busy machine makes seeding take over 5 s.
      if (index % 100 === 99) await nextTurn();
      if ((index + 1) % step === 0) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`  seeded ${index + 1}/${options.count} (${seconds} s)`);
      }
    }
    return applications.map((application) => application.id);
  } finally {
    await store.close();
  }
}
