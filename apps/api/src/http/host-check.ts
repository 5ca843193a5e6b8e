/** Refuses a request whose Host header makes no URL (`256.1.1.1`, `9007199254740993`: a number
 * that is no IPv4 address) with 400 before anything reads it. The Node adapter builds the
 * request's URL from Host and checks only its characters; the first code to touch the body or
 * parse the URL (a body limit, the query reader) then threw, and every route, `/healthz`
 * included, answered 500 (found by the reliability harness's fuzz). */
import type { MiddlewareHandler } from 'hono';
import { RequestError } from '../request/request-error.js';

export function refuseUnusableHost(): MiddlewareHandler {
  return async (c, next) => {
    if (!URL.canParse(c.req.url)) throw new RequestError('REQUEST.BAD_HOST');
    return next();
  };
}
