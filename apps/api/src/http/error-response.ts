/** The app's one error handler: every error thrown by a route or middleware answers with the
 * contract status, body and headers of the one error table; 5xx are logged and never carry
 * internal text. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { contractErrorOfAny } from '../procedures/trpc-errors.js';
import { RequestError } from '../request/request-error.js';

export function errorResponse(error: unknown, c: Context): Response {
  const contract = contractErrorOfAny(error);
  if (contract.status >= 500) console.error(`[${c.get('requestId') ?? '-'}] ${c.req.method} ${c.req.path}`, error);
  for (const [name, value] of Object.entries(contract.headers ?? {})) c.header(name, value);
  return c.json(contract.body, contract.status as ContentfulStatusCode);
}

/** For Hono's `notFound` hook, which answers instead of throwing. */
export function notFoundResponse(c: Context): Response {
  return errorResponse(new RequestError('REQUEST.NOT_FOUND'), c);
}
