/** The headers every answer gets once the route has answered, defined once: security headers
 * (unless the route set its own), CORS for the configured origins with credentials (contract
 * 1.8; preflights are answered here, before authentication), `X-Served-By` when configured and
 * `X-Request-Id` (the client's id when well-formed, else a new UUID, kept as
 * `c.get('requestId')` for the logs).
 *
 * One middleware applies them to every answer. A JSON answer of the REST routes gets them while
 * it is built instead (`finishedJsonResponse`), in a plain header object in the order a Headers
 * object lists them, and is marked finished so nothing after the route touches it again: under
 * @hono/node-server every header read or written on a finished answer cost microseconds, and
 * the middlewares' rebuilding of answers around streams cost more than the route itself. The
 * bytes on the wire are the same either way (a test compares them). */
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** What both a Headers object and the plain bag below offer. */
export type HeaderBag = {
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  append(name: string, value: string): void;
};

const APP_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const ALLOW_METHODS = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
const ALLOW_HEADERS = ['accept', 'accept-encoding', 'authorization', 'content-type', 'dnt', 'origin', 'user-agent', 'x-csrftoken', 'x-requested-with'];
const EXPOSE_HEADERS = ['Content-Disposition', 'Retry-After'];
const REQUEST_ID = 'X-Request-Id';
/** Hono's `requestId` rules for a client's id. */
const MAX_REQUEST_ID_LENGTH = 255;
const REQUEST_ID_CHARACTERS = /[^\w\-=]/;

export type ResponseHeaderOptions = { corsAllowedOrigins: readonly string[]; hsts: boolean; servedBy: string | null };

export type ResponseHeaders = {
  /** The middleware, first in the app: answers preflights, then adds the headers to any
   * answer not already finished. */
  middleware: MiddlewareHandler;
  /** A finished JSON answer: the route's own headers plus everything the middlewares add. */
  finishedJsonResponse(c: Context, body: Uint8Array<ArrayBuffer>, status: number, routeHeaders: Record<string, string>): Response;
};

/** Answers whose headers are complete. */
const finished = new WeakSet<Response>();

export function isFinished(response: Response): boolean {
  return finished.has(response);
}

export function createResponseHeaders(options: ResponseHeaderOptions): ResponseHeaders {
  const allowed = new Set(options.corsAllowedOrigins);
  const security: Array<[string, string]> = [
    ['Content-Security-Policy', APP_CSP],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'same-origin'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
    ...(options.hsts ? [['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'] as [string, string]] : []),
  ];
  const preflight = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ALLOW_METHODS,
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
    maxAge: 86400,
  });
  const exposed = EXPOSE_HEADERS.join(',');

  /** In the order the separate middlewares applied them: security, CORS, served-by, id. */
  function addAfterRoute(c: Context, headers: HeaderBag, withCors: boolean): void {
    for (const [name, value] of security) {
      if (!headers.has(name)) headers.set(name, value);
    }
    if (withCors) {
      const origin = c.req.header('origin');
      if (origin && allowed.has(origin)) headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Access-Control-Allow-Credentials', 'true');
      headers.set('Access-Control-Expose-Headers', exposed);
      headers.append('Vary', 'Origin');
    }
    identify(c, headers);
  }

  function identify(c: Context, headers: HeaderBag): void {
    if (options.servedBy !== null) headers.set('X-Served-By', options.servedBy);
    if (!headers.has(REQUEST_ID)) headers.set(REQUEST_ID, c.get('requestId') as string);
  }

  const middleware: MiddlewareHandler = async (c, next) => {
    const given = c.req.header(REQUEST_ID);
    const valid = given && given.length <= MAX_REQUEST_ID_LENGTH && !REQUEST_ID_CHARACTERS.test(given);
    c.set('requestId', valid ? given : crypto.randomUUID());
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined) {
      // Answered before any route, without the security headers, as always.
      const answer = await preflight(c, next);
      if (answer) c.res = answer;
      identify(c, c.res.headers);
      return;
    }
    await next();
    // A plain OPTIONS (no preflight headers) reached the routes: no CORS headers on it.
    if (!finished.has(c.res)) addAfterRoute(c, c.res.headers, c.req.method !== 'OPTIONS');
  };

  return {
    middleware,
    finishedJsonResponse(c, body, status, routeHeaders) {
      const headers = new PlainHeaders(routeHeaders);
      addAfterRoute(c, headers, true);
      const response = new Response(body, { status, headers: headers.toObject() });
      finished.add(response);
      return response;
    },
  };
}

/** A HeaderBag over a plain object: lowercase names, appended values joined with ", ", listed
 * in name order, as a Headers object does (and as @hono/node-server then writes them). */
class PlainHeaders implements HeaderBag {
  readonly #values = new Map<string, string>();

  constructor(initial: Record<string, string>) {
    for (const [name, value] of Object.entries(initial)) this.set(name, value);
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.#values.set(name.toLowerCase(), value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const current = this.#values.get(key);
    this.#values.set(key, current === undefined ? value : `${current}, ${value}`);
  }

  toObject(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const name of [...this.#values.keys()].sort()) result[name] = this.#values.get(name)!;
    return result;
  }
}
