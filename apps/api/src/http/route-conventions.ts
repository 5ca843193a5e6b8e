/** The one definition of how a route behaves, for the generated REST routes and the file routes
 * alike: authentication first on protected routes (401 before 405, as in DRF), OPTIONS answered
 * with DRF's metadata and `Allow`, any other method a 405 with `Allow`, HEAD wherever GET (same
 * headers, no body). Errors are thrown and answered by the app's one error handler. */
import type { Context as HonoContext, Hono } from 'hono';
import type { HttpMethod } from '../procedures/operation-meta.js';
import type { RequestContext } from '../request/request-context.js';
import { RequestError } from '../request/request-error.js';
import type { RequestInfoOptions } from './request-info.js';

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export type RouteHandler = (input: { c: HonoContext; ctx: RequestContext }) => Promise<Response>;

export type RouteOperation = { public?: boolean; handle: RouteHandler };

/** Builds the request context of a Hono request (the app binds its dependencies). */
export type RequestContextOf = (c: HonoContext, options?: RequestInfoOptions) => RequestContext;

export type RouteDefinition = {
  /** Hono path (no trailing slash; the app is non-strict). */
  path: string;
  operations: Partial<Record<HttpMethod, RouteOperation>>;
  /** The body media types the route parses, for the OPTIONS answer. */
  parses: readonly string[];
  /** The OPTIONS answer's `name`: the contract path (generated routes) or, as the file routes
   * have always answered, the requested path. */
  optionsName: string | ((c: HonoContext) => string);
  requestInfo?: RequestInfoOptions;
  /** Media downloads answer only their own methods: anything else falls through to a 404. */
  onlyOwnMethods?: boolean;
};

function allowHeader(methods: readonly string[]): string {
  const allowed = [...methods];
  if (allowed.includes('GET')) allowed.push('HEAD');
  return [...allowed, 'OPTIONS'].join(', ');
}

export function registerRoute(app: Hono, requestContext: RequestContextOf, route: RouteDefinition): void {
  const methods = Object.keys(route.operations) as HttpMethod[];
  const allow = allowHeader(methods);
  const everyOperationPublic = methods.every((method) => route.operations[method]?.public);
  const answered = route.onlyOwnMethods ? (methods.includes('GET') ? [...methods, 'HEAD'] : methods) : ALL_METHODS;

  app.on(answered, route.path, async (c) => {
    const ctx = requestContext(c, route.requestInfo);
    const requested = c.req.method;
    const operation = route.operations[(requested === 'HEAD' ? 'GET' : requested) as HttpMethod];
    if (!(operation?.public ?? everyOperationPublic)) await ctx.principal();
    if (requested === 'OPTIONS') {
      c.header('Allow', allow);
      const name = typeof route.optionsName === 'string' ? route.optionsName : route.optionsName(c);
      return c.json({ name, description: '', renders: ['application/json'], parses: [...route.parses] });
    }
    if (!operation) throw new RequestError('REQUEST.METHOD_NOT_ALLOWED', { method: requested, allow });
    const response = await operation.handle({ c, ctx });
    if (requested !== 'HEAD') return response;
    // Hono drops a HEAD body too; cancelling it here also releases an open file at once.
    await response.body?.cancel();
    return new Response(null, { status: response.status, headers: response.headers });
  });
}
