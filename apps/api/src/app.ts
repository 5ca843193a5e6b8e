/** The Hono app, built by a factory so tests run it in-process against a temp database and the
 * Node and Bun entry points serve the same thing. Middleware order: the answers' headers (request
 * id, CORS and its preflights, security headers, served-by), request log, the Host check,
 * connection close while stopping, compression, body limit, then the health probes and the
 * routes (auth happens per route). Every error, wherever thrown, is answered by one handler
 * through the one error table. */
import { Hono, type Context } from 'hono';
import type { AppDeps } from './config/app-deps.js';
import { limitBodies } from './http/body-limit.js';
import { closeConnectionsWhileStopping } from './http/close-while-stopping.js';
import { compressResponses } from './http/compression.js';
import { registerDocsRoutes } from './http/docs/docs.routes.js';
import { createErrorResponse } from './http/error-response.js';
import { calendarOperation } from './http/files/calendar.routes.js';
import { accountOperations } from './http/files/account.routes.js';
import { exportOperations } from './http/files/export.routes.js';
import { registerFileOperations } from './http/files/file-operation.js';
import { importOperations } from './http/files/import.routes.js';
import { mediaOperation } from './http/files/media.routes.js';
import { proofOfSearchOperations } from './http/files/proof-of-search.routes.js';
import { uploadOperations } from './http/files/upload.routes.js';
import { registerHealthRoutes } from './http/health.routes.js';
import { refuseUnusableHost } from './http/host-check.js';
import { createRequestInfoReader } from './http/request-info.js';
import { requestLog } from './http/request-log.js';
import { registerRestRoutes } from './http/rest/rest-routes.js';
import type { RequestContextOf } from './http/route-conventions.js';
import { createResponseHeaders } from './http/response-headers.js';
import { webAppRoutes } from './http/static-web.js';
import { registerTrpcEndpoint } from './http/trpc-endpoint.js';
import { appRouter } from './procedures/app.router.js';
import { documentedProcedures } from './procedures/operations.js';
import { createRequestContext } from './request/request-context.js';
import { RequestError } from './request/request-error.js';

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
  const requestContext: RequestContextOf = (c, infoOptions) => createRequestContext(deps, requestInfo(c, infoOptions));

  const responseHeaders = createResponseHeaders({ corsAllowedOrigins: settings.corsAllowedOrigins, hsts: !settings.debug, servedBy: settings.servedBy });
  app.use(responseHeaders.middleware);
  if (settings.logRequests) app.use(requestLog(deps.log));
  app.use(refuseUnusableHost());
  app.use(closeConnectionsWhileStopping(deps.lifecycle));
  app.use(compressResponses());
  app.use(limitBodies(settings.maxBodyBytes));

  registerHealthRoutes(app, deps.lifecycle);
  registerTrpcEndpoint(app, { router: appRouter, requestContext, log: deps.log });

  // File routes first, so `upload` or `export` segments are never taken for an `{id}`.
  const fileOperations = [
    ...uploadOperations(),
    ...exportOperations(),
    mediaOperation(),
    calendarOperation(),
    ...importOperations(),
    ...accountOperations(),
    ...proofOfSearchOperations(),
  ];
  registerFileOperations(app, requestContext, fileOperations);
  const procedures = documentedProcedures(appRouter);
  registerRestRoutes({ app, router: appRouter, operations: procedures, requestContext, finishedJsonResponse: responseHeaders.finishedJsonResponse });
  let document: Promise<Record<string, unknown>> | undefined;
  registerDocsRoutes(app, () =>
    (document ??= import('./http/docs/openapi-document.js').then(({ buildOpenApiDocument }) => buildOpenApiDocument([...procedures, ...fileOperations]))),
  );

  // The API's own prefixes answer JSON 404s, never the web app's index.html.
  for (const prefix of ['/api/*', '/media/*']) {
    app.all(prefix, () => {
      throw new RequestError('REQUEST.NOT_FOUND');
    });
  }
  if (settings.webRoot) {
    const web = webAppRoutes(settings.webRoot);
    app.get('*', web.files, web.fallback);
  }
  const errorResponse = createErrorResponse(deps.log);
  app.notFound((c) => errorResponse(new RequestError('REQUEST.NOT_FOUND'), c));
  app.onError(errorResponse);
  return app;
}
