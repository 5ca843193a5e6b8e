/** Serves the built web app at `/` with @hono/node-server's serveStatic (plain node:fs, so Bun runs
 * it too): real files by path, index.html for the app's client-side routes. Vite writes `.br` and
 * `.gz` copies of every sizeable file at build time; the one the client accepts is sent (brotli
 * first) with `Content-Encoding`, its own `Content-Length` and `Vary: Accept-Encoding`.
 * Hashed files under `/assets/` never change, so browsers keep them for a year; index.html (and
 * anything else unhashed) is revalidated on every visit so a deploy is picked up at once. */
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { extname } from 'node:path';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
/** The build's compressed copies are served in place of their original, never by their own name. */
const COMPRESSED_COPY = /\.(br|gz)$/;

/** serveStatic's `onFound` sets headers too late to reach the response (@hono/node-server
 * 2.1.9), so the caching header is put on the response it returns. */
function withCaching(serve: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    const response = await serve(c, next);
    if (response instanceof Response && response.ok) {
      response.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    }
    return response;
  };
}

export type WebAppRoutes = {
  /** Files of the build, by path (`/` is index.html). Calls `next` when there is no such file. */
  files: MiddlewareHandler;
  /** index.html for a client-side route: a path without an extension. Anything else (a missing
   * script, an old asset after a deploy) falls through to the JSON 404. */
  fallback: MiddlewareHandler;
};

export function webAppRoutes(webRoot: string): WebAppRoutes {
  const files = withCaching(serveStatic({ root: webRoot, precompressed: true }));
  const index = withCaching(serveStatic({ root: webRoot, path: 'index.html', precompressed: true }));
  return {
    files: (c, next) => (COMPRESSED_COPY.test(c.req.path) ? next() : files(c, next)),
    fallback: (c, next) => (extname(c.req.path) === '' ? index(c, next) : next()),
  };
}
