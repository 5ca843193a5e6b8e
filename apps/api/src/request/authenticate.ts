/** Who is calling: a Bearer access token (simplejwt's header rules), else the web app's session
 * cookie where the transport accepts it (tRPC, and the file operations marked `webSession`).
 * The cookie's CSRF rule lives here, once for both: anything but GET/HEAD must come from our own
 * origin, else 403. */
import { authenticateAccessToken, authenticateSessionSecret, DomainError, type AuthDeps, type Principal } from '@jobtracker/core';
import type { RequestInfo } from './request-info.js';

/** simplejwt's header parsing: the keyword must be exactly "Bearer". */
function bearerToken(header: string): string | null {
  const parts = header.split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts[0] !== 'Bearer') return null;
  if (parts.length !== 2) throw new DomainError('AUTH.BAD_HEADER');
  return parts[1] as string;
}

export async function authenticate(auth: AuthDeps, request: RequestInfo, now: Date): Promise<Principal> {
  const token = request.authorization ? bearerToken(request.authorization) : null;
  if (token !== null) return authenticateAccessToken(auth, token, now);
  // A client that sends any Authorization header gets the contract's answer for it: a cookie
  // never turns an API client's 401 into something else.
  if (request.sessionCookie && !request.authorization?.trim()) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && !request.sameOrigin) {
      throw new DomainError('AUTH.CROSS_SITE');
    }
    return authenticateSessionSecret(auth, request.sessionCookie, now);
  }
  throw new DomainError('AUTH.NOT_AUTHENTICATED');
}
