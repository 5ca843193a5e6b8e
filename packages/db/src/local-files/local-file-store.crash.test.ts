/** kill -9 in the middle of uploads: the next start's sweep leaves no temp file, and files
 * committed before the crash are intact. Runs the built package in a real child process. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalFileStore } from './index.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const childScript = fileURLToPath(new URL('../test-support/stage-slowly.mjs', import.meta.url));

/** The child runs `dist/`: fail clearly when it is missing or older than these sources. */
function assertBuilt(): void {
  const sources = readdirSync(join(packageRoot, 'src/local-files')).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  for (const source of sources) {
    const built = join(packageRoot, 'dist/local-files', source.replace(/\.ts$/, '.js'));
    const stale = !existsSync(built) || statSync(built).mtimeMs < statSync(join(packageRoot, 'src/local-files', source)).mtimeMs;
    if (stale) throw new Error(`dist/local-files is missing or stale: build @jobtracker/db first (turbo's test task does)`);
  }
}

type Committed = { key: string; displayName: string; size: number; sha256: string };

/** Spawns the child and resolves with its committed files once every slow upload is writing. */
function startStaging(root: string) {
  const child = spawn(process.execPath, [childScript, root, '3', '3'], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let committed: Committed[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      for (const line of output.split('\n').slice(0, -1)) {
        const message = JSON.parse(line) as { committed?: Committed[]; staging?: number };
        if (message.committed) committed = message.committed;
        if (message.staging) resolve();
      }
    });
    child.stderr.on('data', (data: Buffer) => (output += data.toString()));
    child.once('exit', (code, signal) => reject(new Error(`child exited early (${code ?? signal}):\n${output}`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
  return { child, ready, exited, committed: () => committed };
}

/** Every `*.part` file anywhere under `root`. */
function partFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).filter((path) => path.endsWith('.part'));
}

describe('local disk store after kill -9 during uploads', () => {
  let directory: string | undefined;
  let run: ReturnType<typeof startStaging> | undefined;
  afterEach(async () => {
    // The child stages forever: make sure a failed assertion does not leave it running.
    if (run && run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGKILL');
      await run.exited;
    }
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('sweeps every temp file at the next start and keeps committed files intact', { timeout: 30_000 }, async () => {
    assertBuilt();
    directory = mkdtempSync(join(tmpdir(), 'jobtracker-crash-'));
    const root = join(directory, 'media');
    run = startStaging(root);
    await run.ready;

    // Killed mid-write: the uploads' staging files exist and hold bytes.
    const staged = readdirSync(join(root, '.staging'));
    expect(staged).toHaveLength(3);
    for (const name of staged) expect(statSync(join(root, '.staging', name)).size).toBeGreaterThan(0);
    run.child.kill('SIGKILL');
    expect(await run.exited).toBe('SIGKILL');

    const files = createLocalFileStore({ root });
    expect(await files.sweep({ stagedBefore: new Date() })).toBe(3);
    expect(partFiles(root)).toEqual([]);

    expect(run.committed()).toHaveLength(3);
    for (const { key, displayName, size, sha256 } of run.committed()) {
      const file = await files.open(1, key);
      expect(file).toMatchObject({ size, displayName });
      const hash = createHash('sha256');
      for await (const chunk of file!.bytes) hash.update(chunk);
      expect(hash.digest('hex')).toBe(sha256);
    }
  });
});
