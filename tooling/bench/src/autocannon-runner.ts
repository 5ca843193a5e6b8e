/** Runs autocannon as a separate process (so its CPU is not the server's or the bench's event
 * loop) and reads its `--json` result. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { stopChild, withTimeout } from './child-process.js';

export type LoadSettings = { connections: number; durationSeconds: number };

export type LoadTarget = { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };

export type LoadResult = {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  totalRequests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

/** autocannon's CLI entry, wherever npm installed the package (this workspace or the root). */
function autocannonBin(): string {
  return createRequire(import.meta.url).resolve('autocannon/autocannon.js');
}

function argumentsFor(target: LoadTarget, settings: LoadSettings): string[] {
  const args = ['--json', '--no-progress', '-c', String(settings.connections), '-d', String(settings.durationSeconds)];
  if (target.method) args.push('-m', target.method);
  // K=V: autocannon splits on the first ':' or '=', and '=' leaves no leading space in the value.
  for (const [name, value] of Object.entries(target.headers ?? {})) args.push('-H', `${name}=${value}`);
  if (target.body !== undefined) args.push('-b', target.body);
  args.push(target.url);
  return args;
}

type RawResult = {
  requests?: { mean?: number; average?: number; total?: number };
  latency?: { p50?: number; p99?: number; mean?: number; average?: number };
  non2xx?: number;
  errors?: number;
  timeouts?: number;
};

function parseResult(stdout: string): LoadResult {
  const last = stdout.trim().split('\n').at(-1);
  if (!last) throw new Error('autocannon printed nothing');
  const raw = JSON.parse(last) as RawResult;
  return {
    requestsPerSecond: raw.requests?.mean ?? raw.requests?.average ?? 0,
    latencyP50Ms: raw.latency?.p50 ?? 0,
    latencyP99Ms: raw.latency?.p99 ?? 0,
    latencyMeanMs: raw.latency?.mean ?? raw.latency?.average ?? 0,
    totalRequests: raw.requests?.total ?? 0,
    non2xx: raw.non2xx ?? 0,
    errors: raw.errors ?? 0,
    timeouts: raw.timeouts ?? 0,
  };
}

export async function runAutocannon(target: LoadTarget, settings: LoadSettings): Promise<LoadResult> {
  const child = spawn(process.execPath, [autocannonBin(), ...argumentsFor(target, settings)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const finished = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  try {
    const code = await withTimeout(finished, (settings.durationSeconds + 20) * 1000, 'autocannon');
    if (code !== 0) throw new Error(`autocannon exited with ${code}:\n${stderr.slice(-2000)}`);
    return parseResult(stdout);
  } finally {
    await stopChild(child);
  }
}
