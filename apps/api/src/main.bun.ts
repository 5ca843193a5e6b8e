/** Bun entry point: `bun apps/api/dist/main.bun.js`. */
import { getConnInfo } from 'hono/bun';
import { createApp } from './app.js';
import { drainableBunServer } from './lifecycle/bun-server-drain.js';
import { startServer } from './start.js';

declare const Bun: {
  serve(options: { fetch: (request: Request, server: unknown) => Response | Promise<Response>; port: number; hostname: string }): {
    port: number;
    stop(closeActiveConnections?: boolean): Promise<void> | void;
  };
};

await startServer(async ({ container, env }) => {
  const app = createApp({ deps: container.deps, peerAddress: (c) => getConnInfo(c).remote.address });
  const server = Bun.serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
  return { port: server.port, ...drainableBunServer(server) };
});
