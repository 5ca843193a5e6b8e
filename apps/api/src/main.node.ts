/** Node entry point: `npm start`. */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Server } from 'node:http';
import { createApp } from './app.js';
import { drainableNodeServer } from './lifecycle/node-server-drain.js';
import { startServer } from './start.js';

// With WORKERS > 1 node:cluster's primary accepts the connections and hands them to the workers.
await startServer(async ({ container, env }) => {
  const app = createApp({ deps: container.deps, peerAddress: (c) => getConnInfo(c).remote.address });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : env.PORT, ...drainableNodeServer(server as Server) };
});
