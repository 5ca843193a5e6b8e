/** Response compression by Accept-Encoding (gzip or deflate, through the platform's
 * CompressionStream, which Node 20 and Bun both have): JSON, CSV, text and the docs' scripts.
 * A client that does not ask gets the very same bytes as before. Streamed bodies (the CSV
 * exports) stay streamed; bodies that are already compressed (the web app's pre-compressed
 * assets, PDFs, images) are left alone. */
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

/** Below this, compression costs more than it saves (one TCP segment either way). */
const THRESHOLD_BYTES = 1024;

const JSON_TYPE = /^application\/json\b/i;

/** JSON answers are built in memory, never streamed, but arrive without a length, and Hono's
 * `compress` can only skip small bodies it knows the length of: give them one. The wire does not
 * change (both runtimes send a length for an in-memory body anyway). */
function sizeJsonBodies(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const { res } = c;
    if (!res.body || res.headers.has('Content-Length') || res.headers.has('Transfer-Encoding')) return;
    if (!JSON_TYPE.test(res.headers.get('Content-Type') ?? '')) return;
    const bytes = new Uint8Array(await res.arrayBuffer());
    const sized = new Response(bytes, res);
    sized.headers.set('Content-Length', String(bytes.byteLength));
    c.res = sized;
  };
}

export function compressResponses(): MiddlewareHandler {
  const compressing = compress({ threshold: THRESHOLD_BYTES });
  const sizing = sizeJsonBodies();
  // `compress` looks at the response after `sizing` has measured it.
  return (c, next) =>
    compressing(c, async () => {
      await sizing(c, next);
    });
}
