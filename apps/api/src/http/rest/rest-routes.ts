/** Registers the contract's REST routes on Hono, generated from the tRPC procedures: auth first
 * (401), then the method (405 with Allow), then the body (400/415), then the procedure. */
import { MSG, NON_FIELD_ERRORS, pythonTypeName } from '@jobtracker/contracts';
import type { AnyRouter } from '@trpc/server';
import type { Context as HonoContext, Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { RequestInfoReader } from '../http/request-info.js';
import { createContextInner, type Context } from '../trpc/context.js';
import { contractErrorFromUnknown, createCallerFactory, type HttpMethod } from '../trpc/init.js';
import { collectRoutes, toHonoPath, type Operation, type Route } from './operations.js';
import { JSON_ENDPOINT_TYPES, readRequestBody } from './request-body.js';
import { errorResponse } from '../http/responses.js';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

type Caller = Record<string, unknown>;

function procedureOf(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const segment of path.split('.')) node = (node as Record<string, unknown>)[segment];
  return node as (input: unknown) => Promise<unknown>;
}

function allowHeader(route: Route): string {
  const methods = [...route.operations.keys()] as string[];
  if (methods.includes('GET')) methods.push('HEAD');
  return [...methods, 'OPTIONS'].join(', ');
}

/** Query values: the last one wins, as Django's QueryDict.get does. */
function queryInput(c: HonoContext): Record<string, string> {
  return Object.fromEntries(new URL(c.req.url).searchParams.entries());
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function registerRestRoutes(options: {
  app: Hono;
  router: AnyRouter;
  deps: AppDeps;
  requestInfo: RequestInfoReader;
}): Route[] {
  const { app, router, deps, requestInfo } = options;
  const createCaller = createCallerFactory(router);
  const routes = collectRoutes(router);

  for (const route of routes) {
    const everyOperationPublic = [...route.operations.values()].every((operation) => operation.meta.public);

    app.on(ALL_METHODS, toHonoPath(route.path), async (c) => {
      const ctx = createContextInner(deps, requestInfo(c));
      const requested = c.req.method;
      const method = (requested === 'HEAD' ? 'GET' : requested) as HttpMethod;
      const operation = route.operations.get(method);
      try {
        if (!(operation?.meta.public ?? everyOperationPublic)) await ctx.principal();
        if (requested === 'OPTIONS') {
          c.header('Allow', allowHeader(route));
          return c.json({ name: route.path, description: '', renders: ['application/json'], parses: [...JSON_ENDPOINT_TYPES] });
        }
        if (!operation) {
          c.header('Allow', allowHeader(route));
          return c.json({ detail: `Method "${requested}" not allowed.` }, 405);
        }
        const input = await operationInput(c, route, operation);
        if ('response' in input) return input.response;
        const result = await procedureOf(createCaller(ctx) as Caller, operation.procedurePath)(input.value);
        return respond(c, operation, result, requested === 'HEAD');
      } catch (error) {
        return errorResponse(c, contractErrorFromUnknown(error), error);
      }
    });
  }
  return routes;
}

async function operationInput(
  c: HonoContext,
  route: Route,
  operation: Operation,
): Promise<{ value: unknown } | { response: Response }> {
  const params = Object.fromEntries(route.params.map((name) => [name, c.req.param(name)]));
  if (!BODY_METHODS.has(operation.meta.method)) return { value: { ...queryInput(c), ...params } };
  const body = await readRequestBody(c, JSON_ENDPOINT_TYPES);
  if (!body.ok) return { response: c.json(body.body, body.status) };
  if (!isPlainObject(body.value)) {
    const message = body.value === null ? MSG.null : MSG.notADict(pythonTypeName(body.value));
    return { response: c.json({ [NON_FIELD_ERRORS]: [message] }, 400) };
  }
  return { value: { ...body.value, ...params } };
}

function respond(c: HonoContext, operation: Operation, result: unknown, isHead: boolean): Response {
  const status = operation.meta.successStatus ?? 200;
  if (status === 204) return c.body(null, 204);
  const response = c.json(result, status);
  return isHead ? new Response(null, { status, headers: response.headers }) : response;
}

export type { Context };
