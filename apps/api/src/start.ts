/** Shared start-up for the Node and Bun entry points: configuration, storage, the sweep of
 * interrupted uploads, listen, graceful shutdown. */
import { createContainer, type Container } from './container.js';
import { ConfigError, readEnv, type Env } from './config/env.js';
import { installGracefulShutdown, type DrainableServer } from './lifecycle/graceful-shutdown.js';
import { seedDemoOnFirstStart } from './seed/first-start.js';

type Listening = DrainableServer & { port: number };

export async function startServer(listen: (options: { container: Container; env: Env }) => Promise<Listening>): Promise<void> {
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
  const container = await createContainer(env);
  const { log } = container.deps;
  if (container.signingKeySource === 'generated' && !env.DEBUG) {
    log.warn('JWT_SECRET_KEY and SECRET_KEY are unset: using a generated key stored beside the database.');
  }
  // Staged files of uploads a crash (kill -9, power cut) interrupted; nothing is in flight yet.
  const swept = await container.deps.files.sweep({ stagedBefore: container.deps.clock() });
  log.info(`Upload staging: removed ${swept} file(s) left by interrupted uploads`);
  await seedDemoOnFirstStart(container.deps, (line) => log.info(line));
  const server = await listen({ container, env });
  log.info(`Job Tracker API listening on http://localhost:${server.port} (database ${env.DATABASE_PATH})`);

  installGracefulShutdown({
    server,
    lifecycle: container.deps.lifecycle,
    close: container.close,
    log,
    timeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
  });
}
