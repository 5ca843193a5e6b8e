/** Caps request bodies, chunked ones included. Upload routes get room for a 5 MB file plus
 * multipart overhead, so an oversize file still gets the contract's 400 "File size exceeds 5MB
 * limit" rather than a bare 413, up to a hard ceiling. The CSV import gets room for the largest
 * file core reads (a little over it is core's own 400), an account archive room for an account's
 * files. Their bodies are counted as they stream (Hono's bodyLimit reads a body without a length
 * into memory first); the others use Hono's. */
import { MAX_IMPORT_BYTES } from '@jobtracker/core';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RequestError } from '../request/request-error.js';

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

/** A declared length over the limit is refused at once; otherwise the body is replaced by a
 * stream that fails with the 413 once more than `maxSize` bytes went through it. */
function limitStreamedBody(maxSize: number): MiddlewareHandler {
  return async (c: Context, next: Next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const length = c.req.header('content-length');
    if (length !== undefined && !c.req.raw.headers.has('transfer-encoding') && parseInt(length, 10) > maxSize) tooLarge();
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
    return next();
  };
}

export function limitBodies(maxBodyBytes: number): MiddlewareHandler {
  const regular = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });
  const streamed = STREAMED_LIMITS.map(({ path, limit }) => ({ path, handler: limitStreamedBody(Math.max(limit, maxBodyBytes)) }));
  return (c, next) => {
    // GET and HEAD requests carry no body (the runtimes' Request has none); merely asking for it
    // makes @hono/node-server build a full Request, a large part of a small request's cost.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const own = streamed.find(({ path }) => path.test(c.req.path));
    if (own) return own.handler(c, next);
    // A declared length is all Hono's limiter looks at, so look at it without touching the body.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return parseInt(length, 10) > maxBodyBytes ? tooLarge() : next();
    }
    return regular(c, next);
  };
}
