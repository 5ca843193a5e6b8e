/** The primary of WORKERS > 1: does the once-per-start work, forks the workers (node:cluster;
 * under Bun the workers bind the port themselves with reusePort), starts a new worker when one
 * dies, and on SIGTERM/SIGINT passes the signal on (each worker drains its requests and exits,
 * see lifecycle/graceful-shutdown.ts), starts no other, and exits once every worker has stopped. */
import cluster, { type Worker } from 'node:cluster';
import { isWorkerMessage } from './worker-messages.js';

export type PrimaryOptions = {
  workers: number;
  /** The configured port; 0 asks the first worker to pick one, which the others then share. */
  port: number;
  /** The once-per-start work; returns what the start-up line says about the store. */
  prepare: () => Promise<string>;
  log: (line: string) => void;
  /** Workers still running this long after the signal was passed on are killed: longer than
   * their own shutdown timeout. */
  stopGraceMs: number;
};

/** More than this many restarts within the minute means the workers cannot run: give up. */
const MAX_RESTARTS_PER_MINUTE = 5;

export async function runPrimary(options: PrimaryOptions): Promise<void> {
  const { log } = options;
  let stopping = false;
  let port = options.port;
  const restarts: number[] = [];

  const stop = (signal: NodeJS.Signals, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} worker(s)`);
    for (const worker of liveWorkers()) worker.process.kill(signal);
    setTimeout(() => {
      for (const worker of liveWorkers()) worker.process.kill('SIGKILL');
    }, options.stopGraceMs).unref();
    exitWhenNoneLeft(exitCode);
  };
  const exitWhenNoneLeft = (exitCode: number) => {
    if (liveWorkers().length === 0) process.exit(exitCode);
  };
  // `on`, not `once`: a terminal sends Ctrl-C to the workers too, and a second signal must not
  // kill the primary before they have stopped.
  process.on('SIGINT', () => stop('SIGINT', 0));
  process.on('SIGTERM', () => stop('SIGTERM', 0));

  const storage = await options.prepare();
  // Node's primary owns the listening socket, one per port asked for: every worker must ask for
  // the same port, even 0 (they then share the one it got). Under Bun each worker binds with
  // reusePort, so with PORT=0 the later ones must be given the port the first one got.
  const pinPort = 'bun' in process.versions;

  const fork = (): Promise<number> => {
    const worker = cluster.fork(pinPort ? { PORT: String(port) } : {});
    return new Promise((resolve) => {
      worker.on('message', (message: unknown) => {
        if (isWorkerMessage(message)) resolve(message.port);
      });
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    const how = signal ?? `code ${code}`;
    if (stopping) {
      log(`Worker ${worker.process.pid} stopped (${how})`);
      return exitWhenNoneLeft(0);
    }
    log(`Worker ${worker.process.pid} exited (${how}): starting another`);
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && (restarts[0] ?? now) < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      log(`Workers exited ${restarts.length} times within a minute: stopping`);
      return stop('SIGTERM', 1);
    }
    void fork();
  });

  // The first worker alone, so that the port is known before the others start.
  port = await fork();
  if (stopping) return;
  await Promise.all(Array.from({ length: options.workers - 1 }, () => fork()));
  if (stopping) return;
  log(`Job Tracker API listening on http://localhost:${port} (${options.workers} workers, primary ${process.pid}; ${storage})`);
}

function liveWorkers(): Worker[] {
  return Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());
}
