/** Cold start: from spawning the server (the bundled entry `npm start` runs) on an existing
 * database to its first answered request (an authenticated list page), against the time `node -e
 * 0` takes to start and exit on the same machine at the same moment. Runs alternate between the
 * two so a busy moment of the machine hits both; the medians are compared. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild } from './child-process.js';

export type ColdStart = { serverMs: number[]; nodeMs: number[]; serverMedianMs: number; nodeMedianMs: number; ratio: number };

/** Bundled by the api's build (rolldown.config.ts). */
const SERVER_ENTRY = fileURLToPath(new URL('../../../apps/api/dist/server.node.mjs', import.meta.url));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function nodeNothing(): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve());
  });
  return performance.now() - started;
}

async function serverToFirstAnswer(env: Record<string, string>, path: string, token: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WORKERS: '1', MONGO_URI: '', MONGO_HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in 20 s:\n${output}`)), 20_000);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${output}`));
      });
    });
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`cold start: first request answered ${response.status}`);
    return performance.now() - started;
  } finally {
    await stopChild(child);
  }
}

export async function measureColdStart(options: { env: Record<string, string>; path: string; token: string; runs: number }): Promise<ColdStart> {
  const serverMs: number[] = [];
  const nodeMs: number[] = [];
  // One start first, not counted: the OS's file cache then holds the modules, as on any restart.
  await serverToFirstAnswer(options.env, options.path, options.token);
  for (let run = 0; run < options.runs; run += 1) {
    nodeMs.push(await nodeNothing());
    serverMs.push(await serverToFirstAnswer(options.env, options.path, options.token));
  }
  const serverMedianMs = median(serverMs);
  const nodeMedianMs = median(nodeMs);
  return { serverMs, nodeMs, serverMedianMs, nodeMedianMs, ratio: serverMedianMs / nodeMedianMs };
}
