/** Smoke test of the SQLite store under Bun (bun:sqlite instead of better-sqlite3):
 *   bun src/test-support/bun-smoke.ts [path/to/sqlite/index.js]
 * With no argument it loads the sources; pass `dist/sqlite/index.js` to check the build.
 * Prints one JSON line and exits non-zero on any mismatch. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'kysely';
import { aCompany, aNewUser, aRefreshToken, aSession, anApplication } from '@jobtracker/core/testing';
import type * as SqliteAdapter from '../sqlite/index.js';

type SqliteModule = typeof SqliteAdapter;

const target = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : '../sqlite/index.js';
const { openSqliteStore } = (await import(target)) as SqliteModule;

const directory = mkdtempSync(join(tmpdir(), 'jobtracker-bun-'));
const problems: string[] = [];
const check = (label: string, ok: boolean) => {
  if (!ok) problems.push(label);
};

try {
  const store = await openSqliteStore({ path: join(directory, 'smoke.sqlite3') });
  const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
  check('journal_mode is wal', journal.rows[0]?.journal_mode === 'wal');

  const user = await store.users.create(aNewUser({ skills: ['Bun'], years_of_experience: 2.5 }));
  check('user created', user !== null);
  check('duplicate email refused', (await store.users.create(aNewUser({ email: user!.email }))) === null);
  const updated = await store.users.update(user!.id, (current) => ({ skills: [...current.skills, 'SQLite'] }));
  check('user update', JSON.stringify(updated?.skills) === '["Bun","SQLite"]');

  const session = aSession(user!.id);
  await store.sessions.create(session);
  const token = aRefreshToken(session.id);
  await store.refreshTokens.create(token);
  check('rotate once', await store.refreshTokens.rotate(token.id, aRefreshToken(session.id), new Date()));
  check('rotate twice fails', !(await store.refreshTokens.rotate(token.id, aRefreshToken(session.id), new Date())));

  const application = anApplication(user!.id);
  await store.applications.create(application);
  const found = await store.applications.findById(user!.id, application.id);
  check('application round-trip', isDeepStrictEqual(found, application));
  check('dates are Dates', found?.timeline?.[0]?.date instanceof Date);
  const page = await store.applications.findPage(user!.id, { companyContains: 'GOO' }, { offset: 0, limit: 20 });
  check('findPage', page.total === 1);
  let streamed = 0;
  for await (const _ of store.applications.stream(user!.id, {})) streamed += 1;
  check('stream', streamed === 1);

  await store.companies.create(aCompany(user!.id, { name: 'Zeta' }));
  await store.companies.create(aCompany(user!.id, { name: 'alpha', tags: ['x'] }));
  const companies = await store.companies.findPage(user!.id, {}, { offset: 0, limit: null });
  check('company sort', companies.items.map((company) => company.name).join() === 'Zeta,alpha');
  check('any tag', (await store.companies.findAll(user!.id, { anyTag: ['x'] })).length === 1);

  await store.close();
  const runtime = process.versions.bun ? `bun ${process.versions.bun}` : `node ${process.version}`;
  console.log(JSON.stringify({ runtime, target, problems }));
} finally {
  rmSync(directory, { recursive: true, force: true });
}
if (problems.length > 0) process.exit(1);
