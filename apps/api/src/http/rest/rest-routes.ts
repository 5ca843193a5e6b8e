/** The contract's REST routes, generated from the documented tRPC procedures: one Hono route per
 * contract path with the shared route conventions; the body (or query) and the path parameters
 * become the procedure's input, and the procedure is called through a caller. */
import { MSG, NON_FIELD_ERRORS, pythonTypeName } from '@jobtracker/contracts';
import { validationError } from '@jobtracker/core';
import type { AnyRouter } from '@trpc/server';
import type { Context as HonoContext, Hono } from 'hono';
import { createCallerFactory } from '../../procedures/init.js';
import type { DocumentedOperation, HttpMethod } from '../../procedures/operation-meta.js';
import type { RequestContext } from '../../request/request-context.js';
import { pathParameters, toHonoPath } from '../hono-path.js';
import { JSON_ENDPOINT_TYPES, queryValues, readRequestBody } from '../request-body.js';
import { registerRoute, type RequestContextOf, type RouteOperation } from '../route-conventions.js';

const BODY_METHODS = new Set<HttpMethod>(['POST', 'PUT', 'PATCH']);

type Caller = Record<string, unknown>;

function procedureOf(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const segment of path.split('.')) node = (node as Record<string, unknown>)[segment];
  return node as (input: unknown) => Promise<unknown>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Path parameters over the body (or the query), as DRF's views see them. */
async function operationInput(c: HonoContext, operation: DocumentedOperation): Promise<unknown> {
  const params = Object.fromEntries(pathParameters(operation.meta.path).map((name) => [name, c.req.param(name)]));
  if (!BODY_METHODS.has(operation.meta.method)) return { ...queryValues(c), ...params };
  const body = await readRequestBody(c, JSON_ENDPOINT_TYPES);
  if (!isPlainObject(body.value)) {
    throw validationError({ [NON_FIELD_ERRORS]: [body.value === null ? MSG.null : MSG.notADict(pythonTypeName(body.value))] });
  }
  return { ...body.value, ...params };
}

/** Groups operations by path, fixed segments first, so `/stats/` is never taken for an `{id}`. */
function byPath(operations: readonly DocumentedOperation[]): Array<[string, DocumentedOperation[]]> {
  const paths = new Map<string, DocumentedOperation[]>();
  for (const operation of operations) paths.set(operation.meta.path, [...(paths.get(operation.meta.path) ?? []), operation]);
  return [...paths].sort(([a], [b]) => pathParameters(a).length - pathParameters(b).length || a.localeCompare(b));
}

export function registerRestRoutes(options: {
  app: Hono;
  router: AnyRouter;
  operations: readonly DocumentedOperation[];
  requestContext: RequestContextOf;
}): void {
  const createCaller = createCallerFactory(options.router);
  const handlerOf = (operation: DocumentedOperation): RouteOperation => ({
    ...(operation.meta.public ? { public: true } : {}),
    handle: async ({ c, ctx }: { c: HonoContext; ctx: RequestContext }) => {
      const input = await operationInput(c, operation);
      const result = await procedureOf(createCaller(ctx) as Caller, operation.name)(input);
      const status = operation.meta.successStatus ?? 200;
      return status === 204 ? c.body(null, 204) : c.json(result, status);
    },
  });

  for (const [path, operations] of byPath(options.operations)) {
    registerRoute(options.app, options.requestContext, {
      path: toHonoPath(path),
      operations: Object.fromEntries(operations.map((operation) => [operation.meta.method, handlerOf(operation)])),
      parses: JSON_ENDPOINT_TYPES,
      optionsName: path,
    });
  }
}
