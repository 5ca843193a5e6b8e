/** Graceful shutdown on SIGTERM and SIGINT, of a single process or of one worker of WORKERS > 1
 * (the primary passes the signal on): readiness turns 503 and answers ask clients to close their
 * connections, the server stops accepting and lets the requests in flight finish (cut off after
 * the timeout), then the store is closed and the process exits 0. A second signal while this
 * runs exits at once, or is ignored (a worker: see `repeatedSignal`). */
import type { AppLog, Lifecycle } from '../config/app-deps.js';

/** A listening server as the entry points expose it. */
export type DrainableServer = {
  /** Stops accepting connections; resolves once every open connection has ended. */
  drain(): Promise<void>;
  /** Ends every connection at once (when the timeout is over). */
  cut(): void;
};

export type ShutdownOptions = {
  server: DrainableServer;
  lifecycle: Pick<Lifecycle, 'beginStopping'>;
  /** Closes the store (and anything else holding files). */
  close: () => Promise<void>;
  log: Pick<AppLog, 'info' | 'warn' | 'error'>;
  timeoutMs: number;
};

/** Resolves true when `promise` settles within `ms`, false otherwise. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function shutDown(signal: string, options: ShutdownOptions): Promise<void> {
  const { server, log } = options;
  log.info({ signal }, `${signal}: shutting down`);
  const started = performance.now();
  options.lifecycle.beginStopping();
  if (!(await settlesWithin(server.drain(), options.timeoutMs))) {
    log.warn({ timeout_ms: options.timeoutMs }, 'requests still in flight after the shutdown timeout: closing their connections');
    server.cut();
  }
  await options.close();
  log.info({ duration_ms: Math.round(performance.now() - started) }, 'stopped');
}

export type InstallOptions = ShutdownOptions & {
  /** What a second signal during the shutdown does; default `exit` (at once, with code 1). */
  repeatedSignal?: 'exit' | 'ignore';
  exit?: (code: number) => void;
};

export function installGracefulShutdown(options: InstallOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let running = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (running) {
      if (options.repeatedSignal === 'ignore') return;
      options.log.warn({ signal }, `${signal} again: exiting without waiting`);
      exit(1);
      return;
    }
    running = true;
    shutDown(signal, options).then(
      () => exit(0),
      (error: unknown) => {
        options.log.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
