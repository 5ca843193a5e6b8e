/** Shared start-up for the Node and Bun entry points: configuration, storage, the once-per-start
 * work (server/startup-once.ts), listen, shutdown; with WORKERS > 1, the primary
 * (server/primary.ts) or one of its workers. */
import { createContainer, type Container } from './container.js';
import { ConfigError, readEnv, type Env } from './config/env.js';
import { runPrimary } from './server/primary.js';
import { processRole } from './server/process-role.js';
import { runStartupOnce } from './server/startup-once.js';
import { reportListening } from './server/worker-messages.js';

type Listening = { port: number; stop: () => Promise<void> };

/** `reusePort`: other processes bind the same port (a worker under Bun). */
export type Listen = (options: { container: Container; env: Env; reusePort: boolean }) => Promise<Listening>;

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
  const log = (line: string) => console.log(line);
  const role = processRole(env);
  if (role.kind === 'primary') {
    const prepare = async () => {
      const container = await createContainer(env);
      try {
        warnAboutGeneratedKey(container, env);
        await runStartupOnce(container, log);
        return container.storage;
      } finally {
        await container.close();
      }
    };
    return runPrimary({ workers: role.workers, port: env.PORT, prepare, log });
  }
  const container = await createContainer(env);
  if (role.kind === 'single') {
    warnAboutGeneratedKey(container, env);
    await runStartupOnce(container, log);
  }
  const server = await listen({ container, env, reusePort: role.kind === 'worker' });
  if (role.kind === 'worker') reportListening(server.port);
  else console.log(`Job Tracker API listening on http://localhost:${server.port} (${container.storage})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    // A terminal's Ctrl-C reaches a worker twice (from the terminal and from the primary); to a
    // single process a second signal means "now".
    if (stopping) {
      if (role.kind === 'single') process.exit(1);
      return;
    }
    stopping = true;
    if (role.kind === 'single') console.log(`${signal}: shutting down`);
    await server.stop();
    await container.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

function warnAboutGeneratedKey(container: Container, env: Env): void {
  if (container.signingKeySource === 'generated' && !env.DEBUG) {
    console.warn('JWT_SECRET_KEY and SECRET_KEY are unset: using a generated key stored beside the database.');
  }
}
