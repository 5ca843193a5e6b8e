/** Draining Node's HTTP server. `http.Server.close()` also closes idle keep-alive connections at
 * once, and a request a client wrote just then, not yet read by the server, would be lost; so the
 * listening socket is closed with `net.Server`'s own `close` and idle connections are closed only
 * after a moment, and again until none is left. Connections with a request in flight end after
 * its answer, which carries `Connection: close` while stopping (http/close-while-stopping.ts). */
import type { Server as HttpServer } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { DrainableServer } from './graceful-shutdown.js';

/** Long enough for a request already sent to be read, short enough not to hold the shutdown. */
const IDLE_CLOSE_INTERVAL_MS = 500;

export function drainableNodeServer(server: HttpServer): DrainableServer {
  return {
    drain: () =>
      new Promise<void>((resolve) => {
        const idleCloser = setInterval(() => server.closeIdleConnections(), IDLE_CLOSE_INTERVAL_MS);
        NetServer.prototype.close.call(server, () => {
          clearInterval(idleCloser);
          resolve();
        });
      }),
    cut: () => server.closeAllConnections(),
  };
}
