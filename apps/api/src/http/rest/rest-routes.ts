/** The contract's REST routes, generated from the documented tRPC procedures: one Hono route per
 * contract path with the shared route conventions; the body (or query) and the path parameters
 * become the procedure's input, and the procedure's resolver is called directly
 * (procedures/direct-call.ts; through a tRPC caller for a procedure it cannot call). JSON answers
 * are written with their length, reusing the bytes of fixed outputs (mappers/json-bytes.ts). */
import { MSG, NON_FIELD_ERRORS, pythonTypeName } from '@jobtracker/contracts';
import { validationError } from '@jobtracker/core';
import type { AnyRouter } from '@trpc/server';
import type { Context as HonoContext, Hono } from 'hono';
import { jsonBytes } from '../../mappers/json-bytes.js';
import { directCallOf, type DirectCall } from '../../procedures/direct-call.js';
import { createCallerFactory } from '../../procedures/init.js';
import type { DocumentedOperation, HttpMethod } from '../../procedures/operation-meta.js';
import type { RequestContext } from '../../request/request-context.js';
import { jsonCompression } from '../compression.js';
import { pathParameters, toHonoPath } from '../hono-path.js';
import { JSON_ENDPOINT_TYPES, queryValues, readRequestBody } from '../request-body.js';
import type { ResponseHeaders } from '../response-headers.js';
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
async function operationInput(c: HonoContext, operation: DocumentedOperation, parameterNames: readonly string[]): Promise<unknown> {
  const params: Record<string, string> = {};
  for (const name of parameterNames) params[name] = c.req.param(name) as string;
  if (!BODY_METHODS.has(operation.meta.method)) return { ...queryValues(c), ...params };
  const body = await readRequestBody(c, JSON_ENDPOINT_TYPES);
  if (!isPlainObject(body.value)) {
    throw validationError({ [NON_FIELD_ERRORS]: [body.value === null ? MSG.null : MSG.notADict(pythonTypeName(body.value))] });
  }
  return { ...body.value, ...params };
}

/** Groups operations by path, fixed segments first, so `/stats/` is never taken for an `{id}`.
 * (Ties in code-unit order: localeCompare's first use builds an ICU collator, 15 ms of start-up.) */
function byPath(operations: readonly DocumentedOperation[]): Array<[string, DocumentedOperation[]]> {
  const paths = new Map<string, DocumentedOperation[]>();
  for (const operation of operations) paths.set(operation.meta.path, [...(paths.get(operation.meta.path) ?? []), operation]);
  return [...paths].sort(([a], [b]) => pathParameters(a).length - pathParameters(b).length || (a < b ? -1 : a > b ? 1 : 0));
}

/** What `c.json` sends, with its length, finished with every header the middlewares add
 * (response-headers.ts) unless the compression middleware has work to do on it. A HEAD answer
 * keeps the headers it always had (no length). */
function jsonResponse(c: HonoContext, value: unknown, status: 200 | 201, finish: ResponseHeaders['finishedJsonResponse']): Response {
  if (c.req.method === 'HEAD') return c.json(value, status);
  const bytes = jsonBytes(value);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Content-Length': String(bytes.byteLength) };
  const compression = jsonCompression(c, bytes.byteLength);
  if (compression.compress) return c.body(bytes, status, headers);
  if (compression.vary) headers['Vary'] = 'Accept-Encoding';
  return finish(c, bytes, status, headers);
}

export function registerRestRoutes(options: {
  app: Hono;
  router: AnyRouter;
  operations: readonly DocumentedOperation[];
  requestContext: RequestContextOf;
  finishedJsonResponse: ResponseHeaders['finishedJsonResponse'];
}): void {
  const createCaller = createCallerFactory(options.router);
  const viaCaller = (name: string): DirectCall => (ctx, input) => procedureOf(createCaller(ctx) as Caller, name)(input);
  const handlerOf = (operation: DocumentedOperation): RouteOperation => {
    const call = directCallOf(options.router, operation.name) ?? viaCaller(operation.name);
    const status = operation.meta.successStatus ?? 200;
    const parameterNames = pathParameters(operation.meta.path);
    return {
      ...(operation.meta.public ? { public: true } : {}),
      handle: async ({ c, ctx }: { c: HonoContext; ctx: RequestContext }) => {
        const result = await call(ctx, await operationInput(c, operation, parameterNames));
        return status === 204 ? c.body(null, 204) : jsonResponse(c, result, status, options.finishedJsonResponse);
      },
    };
  };

  for (const [path, operations] of byPath(options.operations)) {
    registerRoute(options.app, options.requestContext, {
      path: toHonoPath(path),
      operations: Object.fromEntries(operations.map((operation) => [operation.meta.method, handlerOf(operation)])),
      parses: JSON_ENDPOINT_TYPES,
      optionsName: path,
    });
  }
}
