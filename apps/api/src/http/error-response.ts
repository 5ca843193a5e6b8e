/** The app's one error handler: every error thrown by a route or middleware answers with the
 * contract status, body and headers of the one error table; 5xx are logged and never carry
 * internal text. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppLog } from '../config/app-deps.js';
import { contractErrorOfAny } from '../procedures/trpc-errors.js';
import { RequestError } from '../request/request-error.js';
import { loggedPath } from './request-log.js';

export type ErrorResponder = (error: unknown, c: Context) => Response;

/** The handler, logging 5xx (with the error, for the operator only) to `log`. */
export function createErrorResponse(log: Pick<AppLog, 'error'>): ErrorResponder {
  return (error, c) => {
    const contract = contractErrorOfAny(error);
    if (contract.status >= 500) {
      log.error({ req_id: c.get('requestId') ?? '-', method: c.req.method, path: loggedPath(c), err: error }, 'internal error');
    }
    for (const [name, value] of Object.entries(contract.headers ?? {})) c.header(name, value);
    return c.json(contract.body, contract.status as ContentfulStatusCode);
  };
}

/** The handler logging to the console (for apps built without a logger). */
export const errorResponse: ErrorResponder = createErrorResponse(console);

/** For Hono's `notFound` hook, which answers instead of throwing. */
export function notFoundResponse(c: Context): Response {
  return errorResponse(new RequestError('REQUEST.NOT_FOUND'), c);
}
