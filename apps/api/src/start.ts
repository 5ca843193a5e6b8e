/** Shared start-up for the Node and Bun entry points: configuration, storage, the sweep of
 * interrupted uploads, listen, shutdown. */
import { createContainer, type Container } from './container.js';
import { ConfigError, readEnv, type Env } from './config/env.js';
import { seedDemoOnFirstStart } from './seed/first-start.js';

type Listening = { port: number; stop: () => Promise<void> };

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
  if (container.signingKeySource === 'generated' && !env.DEBUG) {
    console.warn('JWT_SECRET_KEY and SECRET_KEY are unset: using a generated key stored beside the database.');
  }
  // Staged files of uploads a crash (kill -9, power cut) interrupted; nothing is in flight yet.
  const swept = await container.deps.files.sweep({ stagedBefore: container.deps.clock() });
  console.log(`Upload staging: removed ${swept} file(s) left by interrupted uploads`);
  await seedDemoOnFirstStart(container.deps, (line) => console.log(line));
  const server = await listen({ container, env });
  console.log(`Job Tracker API listening on http://localhost:${server.port} (database ${env.DATABASE_PATH})`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await server.stop();
    await container.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
