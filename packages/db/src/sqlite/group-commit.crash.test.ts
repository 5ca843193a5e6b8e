/** kill -9 while writes are in flight, three times over on one file: every write that was
 * acknowledged is there with its exact content, the file passes SQLite's integrity check, and
 * the trigger-kept tallies agree with the rows. Runs the built package in a real child process. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './index.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const childScript = fileURLToPath(new URL('../test-support/write-until-killed.mjs', import.meta.url));

/** The child runs `dist/`: fail clearly when it is missing or older than these sources. */
function assertBuilt(): void {
  const sources = readdirSync(join(packageRoot, 'src/sqlite')).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  for (const source of sources) {
    const built = join(packageRoot, 'dist/sqlite', source.replace(/\.ts$/, '.js'));
    const stale = !existsSync(built) || statSync(built).mtimeMs < statSync(join(packageRoot, 'src/sqlite', source)).mtimeMs;
    if (stale) throw new Error(`dist/sqlite is missing or stale: build @jobtracker/db first (turbo's test task does)`);
  }
}

type Ack = { created?: string; notes?: string; updated?: string; title?: string };

/** Runs the child until it has acknowledged `acks` writes, then kills it; answers every write it
 * acknowledged (complete lines only: a line cut by the kill was never a whole acknowledgement). */
async function writeThenKill(path: string, round: number, acks: number): Promise<Ack[]> {
  const child = spawn(process.execPath, [childScript, path, String(round)], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      if (output.split('\n').length - 1 >= acks) resolve();
    });
    child.stderr.on('data', (data: Buffer) => (errors += data.toString()));
    child.once('exit', (code) => reject(new Error(`child exited early (${code}):\n${errors}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return output.split('\n').slice(0, -1).map((line) => JSON.parse(line) as Ack);
}

describe('group commit under kill -9', () => {
  let directory = '';
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps every acknowledged write, exactly', async () => {
    assertBuilt();
    directory = mkdtempSync(join(tmpdir(), 'jobtracker-commit-crash-'));
    const path = join(directory, 'crash.sqlite3');
    const acknowledged: Ack[] = [];
    for (let round = 0; round < 3; round += 1) {
      acknowledged.push(...(await writeThenKill(path, round, 40 + Math.floor(Math.random() * 300))));
    }

    const store = await openSqliteStore({ path, withKysely: true });
    try {
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
      expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
      const created = acknowledged.filter((ack) => ack.created);
      const updates = acknowledged.filter((ack) => ack.updated);
      expect(created.length).toBeGreaterThan(100);
      expect(updates.length).toBeGreaterThan(10);
      for (const ack of created) expect((await store.applications.findById(1, ack.created!))?.notes).toBe(ack.notes);
      for (const ack of updates) {
        const titles = (await store.applications.findById(1, ack.updated!))?.timeline?.map((event) => event.title);
        expect(titles).toContain(ack.title);
      }
      const counted = await sql<{ n: number }>`select count(*) as n from applications where user_id = 1`.execute(store.db);
      expect((await store.applications.findPage(1, {}, { offset: 0, limit: 1 })).total).toBe(counted.rows[0]!.n);
      expect(counted.rows[0]!.n).toBeGreaterThanOrEqual(created.length);
    } finally {
      await store.close();
    }
  }, 60_000);
});
