/** Bun entry point: `bun apps/api/dist/server.bun.mjs` (bundled) or `bun apps/api/dist/main.bun.js`. */
import { getConnInfo } from 'hono/bun';
import { createApp } from './app.js';
import { drainableBunServer } from './lifecycle/bun-server-drain.js';
import { startServer } from './start.js';

declare const Bun: {
  serve(options: {
    fetch: (request: Request, server: unknown) => Response | Promise<Response>;
    port: number;
    hostname: string;
    reusePort?: boolean;
  }): {
    port: number;
    stop(closeActiveConnections?: boolean): Promise<void> | void;
  };
};

// Bun does not hand connections from a cluster primary to its workers: with WORKERS > 1 each
// worker binds the port itself with SO_REUSEPORT and the kernel spreads the connections.
await startServer(async ({ container, env, reusePort }) => {
  const app = createApp({ deps: container.deps, peerAddress: (c) => getConnInfo(c).remote.address });
  const server = Bun.serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST, reusePort });
  return { port: server.port, ...drainableBunServer(server) };
});
