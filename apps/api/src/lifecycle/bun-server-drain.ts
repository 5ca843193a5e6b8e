/** Draining Bun's server. `server.stop(false)` stops accepting and waits for the requests it is
 * handling, but closes at once the keep-alive connections it deems idle, and a request a client
 * had just written on one (not yet read) is lost. So the stop waits a moment first: meanwhile the
 * requests on the wire are read, and every answer carries `Connection: close` while stopping
 * (http/close-while-stopping.ts), so busy connections end by themselves. */
import type { DrainableServer } from './graceful-shutdown.js';

/** Long enough for a request already sent to be read, short enough not to hold the shutdown. */
const READ_IN_FLIGHT_MS = 500;

export type BunServer = { stop(closeActiveConnections?: boolean): Promise<void> | void };

export function drainableBunServer(server: BunServer): DrainableServer {
  return {
    drain: async () => {
      await new Promise((resolve) => setTimeout(resolve, READ_IN_FLIGHT_MS));
      await server.stop(false);
    },
    cut: () => void server.stop(true),
  };
}
