/** Starts baseline-server.js as its own process and reports its URL: `${baseUrl}/<n>` answers
 * the n-th file's bytes. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild } from './child-process.js';

export type BaselineServer = { baseUrl: string; pid: number | undefined; stop: () => Promise<void> };

export async function startBaseline(bodyFiles: readonly string[]): Promise<BaselineServer> {
  const entry = fileURLToPath(new URL('./baseline-server.js', import.meta.url));
  const child = spawn(process.execPath, [entry, ...bodyFiles], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`baseline did not start in 10 s:\n${output}`)), 10_000);
      child.stdout.on('data', () => {
        const match = /baseline listening on (\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`baseline exited with ${code}:\n${output}`));
      });
    });
    return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}
