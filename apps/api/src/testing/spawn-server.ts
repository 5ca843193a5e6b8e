/** Test utility (exported as @jobtracker/api/testing): starts the bundled server entry (Node or Bun; see rolldown.config.ts) as a real process on a free port with a temp database,
 * for smoke and browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `pid` is the server process's id (for resource sampling, e.g. the bench's RSS probe). `kill`
 * ends the process with SIGKILL (a crash: no shutdown runs) and keeps its files; `signal` sends
 * a signal (SIGTERM: a graceful shutdown) and resolves with how the process ended, files kept;
 * `stop` ends it with SIGTERM, if still running, and removes the temp directory. `exited` tells
 * whether the process has ended (a crash the caller did not cause, for instance). */
export type SpawnedServer = {
  baseUrl: string;
  stop: () => Promise<void>;
  kill: () => Promise<void>;
  signal: (signal: NodeJS.Signals) => Promise<ProcessEnd>;
  exited: () => ProcessEnd | null;
  output: () => string;
  pid?: number;
};

export type ProcessEnd = { code: number | null; signal: NodeJS.Signals | null };

const apiRoot = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = join(apiRoot, '..', '..');

export async function spawnServer(options: { runtime: 'node' | 'bun'; env?: Record<string, string> }): Promise<SpawnedServer> {
  const dir = mkdtempSync(join(tmpdir(), `jobtracker-${options.runtime}-`));
  const [command, entry] =
    options.runtime === 'node'
      ? [process.execPath, join(apiRoot, 'dist', 'server.node.mjs')]
      : [join(repoRoot, 'node_modules', '.bin', 'bun'), join(apiRoot, 'dist', 'server.bun.mjs')];
  const child: ChildProcess = spawn(command, [entry], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dir, 'db.sqlite'),
      MEDIA_ROOT: join(dir, 'media'),
      // SQLite and one process unless the caller asks otherwise: a MONGO_URI exported for the db
      // package's real-server runs, or a WORKERS of the shell, must not change these servers.
      MONGO_URI: '',
      MONGO_HOST: '',
      WORKERS: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A server that never said it listens would otherwise outlive the caller.
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 20 s:\n${output}`));
    }, 20_000);
    const check = () => {
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });

  const exited = (): ProcessEnd | null =>
    child.exitCode !== null || child.signalCode !== null ? { code: child.exitCode, signal: child.signalCode } : null;
  const end = async (signal: NodeJS.Signals): Promise<ProcessEnd> => {
    const ended = exited();
    if (ended) return ended;
    const exit = new Promise<ProcessEnd>((resolve) => child.once('exit', (code, endSignal) => resolve({ code, signal: endSignal })));
    child.kill(signal);
    return exit;
  };

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid,
    output: () => output,
    kill: async () => void (await end('SIGKILL')),
    signal: end,
    exited,
    stop: async () => {
      await end('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
