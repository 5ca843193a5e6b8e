/** Reads what the procedures may know about a request off the Hono context. */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { serialize } from 'hono/utils/cookie';
import type { AppSettings } from '../app-deps.js';
import type { RequestInfo } from '../trpc/context.js';
import { clientAddress } from './client-address.js';

export const SESSION_COOKIE = 'jt_session';

/** With `responseHeaders`, the request may use and set the web session cookie (tRPC only). */
export type RequestInfoReader = (c: Context, options?: { responseHeaders?: Headers }) => RequestInfo;

/** Same origin when the Origin header (or, failing that, Sec-Fetch-Site) says so. */
function isSameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin) {
    try {
      return new URL(origin).host === c.req.header('host');
    } catch {
      return false;
    }
  }
  return c.req.header('sec-fetch-site') === 'same-origin';
}

export function createRequestInfoReader(options: {
  settings: AppSettings;
  /** The socket peer's address, which only the runtime adapter knows. */
  peerAddress: (c: Context) => string | undefined;
  sessionMaxAgeSeconds: number;
}): RequestInfoReader {
  const { settings } = options;
  const cookieAttributes = (maxAge: number) => ({
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: !settings.debug,
    path: '/',
    maxAge,
  });
  return (c, { responseHeaders } = {}) => ({
    authorization: c.req.header('authorization') ?? null,
    // Only the tRPC transport (the web app) uses the cookie: REST stays Bearer-only as contracted.
    sessionCookie: responseHeaders ? (getCookie(c, SESSION_COOKIE) ?? null) : null,
    clientAddress: clientAddress({
      peer: options.peerAddress(c),
      forwardedFor: c.req.header('x-forwarded-for'),
      trustedProxies: settings.trustedProxies,
    }),
    method: c.req.method,
    sameOrigin: isSameOrigin(c),
    ...(responseHeaders
      ? {
          setSessionCookie: (secret: string | null) => {
            const cookie = secret === null
              ? serialize(SESSION_COOKIE, '', cookieAttributes(0))
              : serialize(SESSION_COOKIE, secret, cookieAttributes(options.sessionMaxAgeSeconds));
            responseHeaders.append('Set-Cookie', cookie);
          },
        }
      : {}),
  });
}
