/** Shared start-up for the Node and Bun entry points: configuration, the log, storage, the
 * once-per-start work (server/startup-once.ts), listen, graceful shutdown (lifecycle/); with
 * WORKERS > 1, the primary (server/primary.ts) or one of its workers. */
import { createContainer, type Container } from './container.js';
import { ConfigError, readEnv, type Env } from './config/env.js';
import type { AppLog } from './config/app-deps.js';
import { createLogger } from './infra/logger.js';
import { installGracefulShutdown, type DrainableServer } from './lifecycle/graceful-shutdown.js';
import { runPrimary } from './server/primary.js';
import { processRole } from './server/process-role.js';
import { runStartupOnce } from './server/startup-once.js';
import { reportListening } from './server/worker-messages.js';

type Listening = DrainableServer & { port: number };

/** `reusePort`: other processes bind the same port (a worker under Bun). */
export type Listen = (options: { container: Container; env: Env; reusePort: boolean }) => Promise<Listening>;

/** How long the primary gives its workers beyond their own shutdown timeout before killing them. */
const WORKER_STOP_MARGIN_MS = 5_000;

export async function startServer(listen: Listen): Promise<void> {
  let env: Env;
  try {
    env = readEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger({ level: env.LOG_LEVEL });
  const line = (text: string) => log.info(text);
  const role = processRole(env);
  const timeoutMs = env.SHUTDOWN_TIMEOUT_SECONDS * 1000;
  if (role.kind === 'primary') {
    const prepare = async () => {
      const container = await createContainer(env, { log });
      try {
        warnAboutGeneratedKey(container, env, log);
        await runStartupOnce(container, line);
        return container.storage;
      } finally {
        await container.close();
      }
    };
    return runPrimary({ workers: role.workers, port: env.PORT, prepare, log: line, stopGraceMs: timeoutMs + WORKER_STOP_MARGIN_MS });
  }
  const container = await createContainer(env, { log });
  if (role.kind === 'single') {
    warnAboutGeneratedKey(container, env, log);
    await runStartupOnce(container, line);
  }
  const server = await listen({ container, env, reusePort: role.kind === 'worker' });
  if (role.kind === 'worker') reportListening(server.port);
  else log.info(`Job Tracker API listening on http://localhost:${server.port} (${container.storage})`);

  installGracefulShutdown({
    server,
    lifecycle: container.deps.lifecycle,
    close: container.close,
    log,
    timeoutMs,
    // A terminal's Ctrl-C reaches a worker twice (from the terminal and from the primary, which
    // kills it if it outlasts the timeout); to a single process a second signal means "now".
    repeatedSignal: role.kind === 'worker' ? 'ignore' : 'exit',
  });
}

function warnAboutGeneratedKey(container: Container, env: Env, log: Pick<AppLog, 'warn'>): void {
  if (container.signingKeySource === 'generated' && !env.DEBUG) {
    log.warn('JWT_SECRET_KEY and SECRET_KEY are unset: using a generated key stored beside the database.');
  }
}
