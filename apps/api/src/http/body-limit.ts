/** Caps request bodies, chunked ones included (Hono's bodyLimit counts the stream). Upload routes
 * get room for a 5 MB file plus multipart overhead, so an oversize file still gets the
 * contract's 400 "File size exceeds 5MB limit" rather than a bare 413, up to a hard ceiling. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RequestError } from '../request/request-error.js';

export const UPLOAD_BODY_LIMIT = 12 * 1024 * 1024;
const UPLOAD_PATH = /\/(upload|upload-resume|attach)\/?$/;

export function limitBodies(maxBodyBytes: number): MiddlewareHandler {
  const onError = (): never => {
    throw new RequestError('REQUEST.TOO_LARGE');
  };
  const regular = bodyLimit({ maxSize: maxBodyBytes, onError });
  const upload = bodyLimit({ maxSize: Math.max(UPLOAD_BODY_LIMIT, maxBodyBytes), onError });
  return (c, next) => (UPLOAD_PATH.test(c.req.path) ? upload(c, next) : regular(c, next));
}
