/** /trpc/*: the procedures over tRPC's own protocol, for the web app. The only transport that may
 * set the session cookie. */
import { trpcServer } from '@hono/trpc-server';
import type { Hono } from 'hono';
import type { AppLog } from '../config/app-deps.js';
import type { AppRouter } from '../procedures/app.router.js';
import type { RequestContextOf } from './route-conventions.js';

export function registerTrpcEndpoint(app: Hono, options: { router: AppRouter; requestContext: RequestContextOf; log: AppLog }): void {
  app.use(
    '/trpc/*',
    trpcServer({
      router: options.router,
      endpoint: '/trpc',
      createContext: (opts, c) => options.requestContext(c, { acceptSessionCookie: true, responseHeaders: opts.resHeaders }),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') options.log.error({ procedure: path ?? '?', err: error.cause ?? error }, 'internal error (tRPC)');
      },
    }),
  );
}
