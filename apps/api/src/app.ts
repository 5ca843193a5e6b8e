/** The Hono app, built by a factory so tests run it in-process against a temp database and the
 * Node and Bun entry points serve the same thing. Middleware order: request id, logger, CORS,
 * security headers, body limit, then routes (auth happens per route). */
import { trpcServer } from '@hono/trpc-server';
import { Hono, type Context } from 'hono';
import { logger } from 'hono/logger';
import { requestId } from 'hono/request-id';
import type { AppDeps } from './app-deps.js';
import { buildOpenApiDocument, type OpenApiPaths } from './docs/openapi-document.js';
import { registerDocsRoutes } from './docs/docs.routes.js';
import { limitBodies } from './http/body-limit.js';
import { corsForOrigins } from './http/cors.js';
import { INTERNAL_ERROR } from './http/error-table.js';
import { createRequestInfoReader } from './http/request-info.js';
import { errorResponse, notFoundResponse } from './http/responses.js';
import { securityHeaders } from './http/security-headers.js';
import { createWebAppHandler } from './http/static-web.js';
import { registerRestRoutes } from './rest/rest-routes.js';
import { registerUploadRoutes } from './uploads/upload.routes.js';
import { registerExportRoutes } from './exports/export.routes.js';
import { appRouter } from './trpc/app.router.js';
import { createContextInner } from './trpc/context.js';

export type CreateAppOptions = {
  deps: AppDeps;
  /** The socket peer's address; only the runtime adapter knows it. */
  peerAddress?: (c: Context) => string | undefined;
};

export function createApp(options: CreateAppOptions): Hono {
  const { deps } = options;
  const { settings } = deps;
  const app = new Hono({ strict: false });
  const requestInfo = createRequestInfoReader({
    settings,
    peerAddress: options.peerAddress ?? (() => undefined),
    sessionMaxAgeSeconds: deps.auth.lifetimes.sessionMinutes * 60,
  });

  app.use(requestId());
  if (settings.logRequests) app.use(logger());
  app.use(corsForOrigins(settings.corsAllowedOrigins));
  app.use(securityHeaders({ hsts: !settings.debug }));
  app.use(limitBodies(settings.maxBodyBytes));

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      createContext: (opts, c) => createContextInner(deps, requestInfo(c, { responseHeaders: opts.resHeaders })),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'}`, error.cause ?? error);
      },
    }),
  );

  // Plain routes first, so `upload` or `export` segments are never taken for an `{id}`.
  const extraPaths: OpenApiPaths = {
    ...registerUploadRoutes({ app, deps, requestInfo }),
    ...registerExportRoutes({ app, deps, requestInfo }),
  };
  const routes = registerRestRoutes({ app, router: appRouter, deps, requestInfo });
  let document: Record<string, unknown> | undefined;
  registerDocsRoutes(app, () => (document ??= buildOpenApiDocument({ routes, extraPaths })));

  app.all('/api/*', notFoundResponse);
  const webApp = settings.webRoot ? createWebAppHandler(settings.webRoot) : null;
  app.get('*', async (c) => (webApp ? await webApp(c) : null) ?? notFoundResponse(c));
  app.notFound(notFoundResponse);
  app.onError((error, c) => errorResponse(c, INTERNAL_ERROR, error));
  return app;
}
