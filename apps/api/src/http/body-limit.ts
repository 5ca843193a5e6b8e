/** Caps request bodies, chunked ones included. Upload routes get room for a 5 MB file plus
 * multipart overhead, so an oversize file still gets the contract's 400 "File size exceeds 5MB
 * limit" rather than a bare 413, up to a hard ceiling. The CSV import gets room for the largest
 * file core reads (a little over it is core's own 400), an account archive room for an account's
 * files. Their bodies are counted as they stream (Hono's bodyLimit reads a body without a length
 * into memory first); the others are decided on their declared length, and only chunked ones go
 * through Hono's.
 *
 * Keep-alive: a body the server leaves unread must not cut the connection under the client's
 * next request. A declared length is checked without touching `c.req.raw.body`: once the body is
 * a web stream, the Node adapter can no longer drain an unread rest after the answer (it stalls
 * and cuts the socket), while an untouched body is drained as Node does. Where the body must be
 * touched but is not read to its end (a refused body, an upload, import or restore answered
 * before its body was needed), the answer carries `Connection: close`. */
import { MAX_IMPORT_BYTES } from '@jobtracker/core';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isRequestError, RequestError } from '../request/request-error.js';

const MIB = 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 12 * MIB;
/** The file plus the form's other fields and multipart overhead. */
export const IMPORT_BODY_LIMIT = MAX_IMPORT_BYTES + MIB;
/** An archive holds every uploaded file of an account (5 MiB each at most): a limit, not a quota. */
export const RESTORE_BODY_LIMIT = 1024 * MIB;

/** Streamed bodies with their own limits; any other body gets the configured one. */
const STREAMED_LIMITS: ReadonlyArray<{ path: RegExp; limit: number }> = [
  { path: /\/(upload|upload-resume|attach)\/?$/, limit: UPLOAD_BODY_LIMIT },
  // Hono gives the path without its trailing slash.
  { path: /^\/api\/import\/applications(\/preview)?\/?$/, limit: IMPORT_BODY_LIMIT },
  { path: /^\/api\/account\/restore\/?$/, limit: RESTORE_BODY_LIMIT },
];

const tooLarge = (): never => {
  throw new RequestError('REQUEST.TOO_LARGE');
};

/** The declared length; 0 without a body; null when the length is unknown (chunked). */
function declaredLength(c: Context): number | null {
  if (c.req.header('transfer-encoding') !== undefined) return null;
  const length = c.req.header('content-length');
  if (length !== undefined) return Number(length);
  // Neither header: over HTTP/1.1 no body at all; a Request built in-process may still carry one.
  return c.req.raw.body === null ? 0 : null;
}

/** A declared length over the limit is refused at once; otherwise the body is replaced by a
 * stream that fails with the 413 once more than `maxSize` bytes went through it. */
function limitStreamedBody(maxSize: number): MiddlewareHandler {
  return async (c: Context, next: Next) => {
    const length = declaredLength(c);
    if (length === 0) return next();
    if (length !== null && length > maxSize) tooLarge();
    // The Node adapter gives no body to GET, HEAD (or TRACE) requests, whatever they declare.
    const body = c.req.raw.body;
    if (!body) return next();
    let size = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.length;
          if (size > maxSize) tooLarge();
          controller.enqueue(chunk);
        },
      }),
    );
    // `duplex` is required for a streamed body (Node's fetch); RequestInit's type does not list it.
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    await next();
    // Answered before the body was read (no token, a wrong method): its rest stays unread.
    if (!c.req.raw.bodyUsed) c.res.headers.set('Connection', 'close');
  };
}

function limitDeclaredBody(maxSize: number): MiddlewareHandler {
  const chunked = bodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    const length = declaredLength(c);
    if (length === null) return chunked(c, next);
    if (length > maxSize) tooLarge();
    return next();
  };
}

export function limitBodies(maxBodyBytes: number): MiddlewareHandler {
  const regular = limitDeclaredBody(maxBodyBytes);
  const streamed = STREAMED_LIMITS.map(({ path, limit }) => ({ path, handler: limitStreamedBody(Math.max(limit, maxBodyBytes)) }));
  return async (c, next) => {
    // GET and HEAD requests carry no body (the runtimes' Request has none); merely asking for it
    // makes @hono/node-server build a full Request, a large part of a small request's cost.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const limit = streamed.find(({ path }) => path.test(c.req.path))?.handler ?? regular;
    // A refused body is never read to its end, so its connection cannot carry another request.
    try {
      await limit(c, next);
    } catch (error) {
      if (isRequestError(error) && error.code === 'REQUEST.TOO_LARGE') c.header('Connection', 'close');
      throw error;
    }
    // Refused while a route was reading the body (a streamed upload): answered further in.
    if (c.res.status === 413) c.res.headers.set('Connection', 'close');
  };
}
