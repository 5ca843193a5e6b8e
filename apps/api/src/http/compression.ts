/** Response compression by Accept-Encoding (gzip or deflate, through the platform's
 * CompressionStream, which Node 20 and Bun both have): JSON, CSV, text and the docs' scripts.
 * A client that does not ask gets the very same bytes as before. Streamed bodies (the CSV
 * exports) stay streamed; bodies that are already compressed (the web app's pre-compressed
 * assets, PDFs, images) are left alone.
 *
 * This is Hono's `compress` (the same conditions, the same `Vary`, the same encoding choice)
 * with one difference in how it works, not in what it sends: it writes `Vary` on the answer's
 * own headers. Hono's goes through `c.header`, which on a finished answer rebuilds it around a
 * stream of its body, and under @hono/node-server that cost more than the rest of a small
 * request; an answer with a length (every JSON answer) now leaves as the string it was built
 * from. */
import type { Context, MiddlewareHandler } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';
import { isFinished } from './response-headers.js';

/** Below this, compression costs more than it saves (one TCP segment either way). */
const THRESHOLD_BYTES = 1024;
const ENCODINGS = ['gzip', 'deflate'] as const;

const JSON_TYPE = /^application\/json\b/i;
const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/i;
const VARIES_BY_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

/** The best encoding the client accepts (q-values honoured, gzip first on a tie). */
function selectEncoding(header: string | undefined): (typeof ENCODINGS)[number] | undefined {
  if (header === undefined) return undefined;
  const accepts = parseAccept(header);
  const wildcardQ = accepts.find((accept) => accept.type === '*')?.q;
  let best: { encoding: (typeof ENCODINGS)[number]; q: number } | undefined;
  for (const encoding of ENCODINGS) {
    const explicit = accepts.find((accept) => accept.type.toLowerCase() === encoding);
    const q = explicit ? explicit.q : (wildcardQ ?? 0);
    if (q === 1) return encoding;
    if (q > 0 && (!best || q > best.q)) best = { encoding, q };
  }
  return best?.encoding;
}

/** JSON answers are built in memory, never streamed; those that arrive without a length (most
 * carry one) get it here, so the size check below can skip small ones. The wire does not change
 * (both runtimes send a length for an in-memory body anyway). */
async function sizeJsonBody(c: Context): Promise<void> {
  const { res } = c;
  // Headers first: asking a @hono/node-server Response for its body builds a full one.
  if (res.headers.has('Content-Length') || res.headers.has('Transfer-Encoding')) return;
  if (!JSON_TYPE.test(res.headers.get('Content-Type') ?? '') || !res.body) return;
  const bytes = new Uint8Array(await res.arrayBuffer());
  const sized = new Response(bytes, res);
  sized.headers.set('Content-Length', String(bytes.byteLength));
  c.res = sized;
}

function compressible(c: Context): boolean {
  const { res } = c;
  const length = res.headers.get('Content-Length');
  if (res.status === 206 || res.headers.has('Content-Encoding') || res.headers.has('Transfer-Encoding') || c.req.method === 'HEAD') return false;
  if (length && Number(length) < THRESHOLD_BYTES) return false;
  const type = res.headers.get('Content-Type');
  if (!type || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return false;
  const cacheControl = res.headers.get('Cache-Control');
  return !cacheControl || !NO_TRANSFORM.test(cacheControl);
}

/** What this middleware would do with a JSON answer of `length` bytes, for a route that
 * finishes its answer itself (`response-headers.ts`): whether it gets `Vary: Accept-Encoding`
 * and whether it would be compressed (then the route leaves it to this middleware). */
export function jsonCompression(c: Context, length: number): { vary: boolean; compress: boolean } {
  if (c.req.method === 'HEAD' || length < THRESHOLD_BYTES) return { vary: false, compress: false };
  return { vary: true, compress: selectEncoding(c.req.header('Accept-Encoding')) !== undefined };
}

export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isFinished(c.res)) return;
    await sizeJsonBody(c);
    if (!compressible(c)) return;
    // An answer without a length (HTML, CSV streams) is rebuilt around a stream of its body, as
    // Hono's `compress` did: @hono/node-server then frames it as before (a length when the body
    // is short and ready, chunked otherwise).
    if (!c.res.headers.has('Content-Length')) c.res = new Response(c.res.body, c.res);
    const vary = c.res.headers.get('Vary');
    if (vary !== '*' && !(vary && VARIES_BY_ENCODING.test(vary))) c.res.headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    const encoding = selectEncoding(c.req.header('Accept-Encoding'));
    if (!encoding || !c.res.body) return;
    c.res = new Response(c.res.body.pipeThrough(new CompressionStream(encoding)), c.res);
    c.res.headers.delete('Content-Length');
    c.res.headers.set('Content-Encoding', encoding);
    const etag = c.res.headers.get('ETag');
    if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
  };
}
