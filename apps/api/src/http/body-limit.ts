/** Caps request bodies, chunked ones included. Upload routes get room for a 5 MB file plus
 * multipart overhead, so an oversize file still gets the contract's 400 "File size exceeds 5MB
 * limit" rather than a bare 413, up to a hard ceiling. Their bodies are counted as they stream
 * (Hono's bodyLimit reads a body without a length into memory first); the others use Hono's. */
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RequestError } from '../request/request-error.js';

export const UPLOAD_BODY_LIMIT = 12 * 1024 * 1024;
const UPLOAD_PATH = /\/(upload|upload-resume|attach)\/?$/;

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
  const upload = limitStreamedBody(Math.max(UPLOAD_BODY_LIMIT, maxBodyBytes));
  return (c, next) => (UPLOAD_PATH.test(c.req.path) ? upload(c, next) : regular(c, next));
}
