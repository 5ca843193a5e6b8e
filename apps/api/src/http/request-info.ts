/** Reads what the request layer may know about a request off the Hono context, and writes the
 * web session cookie where the transport allows it. */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { serialize } from 'hono/utils/cookie';
import type { AppSettings } from '../config/app-deps.js';
import type { RequestInfo } from '../request/request-info.js';
import { clientAddress } from './client-address.js';

export const SESSION_COOKIE = 'jt_session';

export type RequestInfoOptions = {
  /** Whether the web app's session cookie may authenticate: the tRPC transport and media
   * downloads; the contract's REST routes stay Bearer-only. */
  acceptSessionCookie?: boolean;
  /** Where a procedure may set or clear that cookie (tRPC only). */
  responseHeaders?: Headers;
};

export type RequestInfoReader = (c: Context, options?: RequestInfoOptions) => RequestInfo;

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
  return (c, { acceptSessionCookie = false, responseHeaders } = {}) => ({
    authorization: c.req.header('authorization') ?? null,
    sessionCookie: acceptSessionCookie ? (getCookie(c, SESSION_COOKIE) ?? null) : null,
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
