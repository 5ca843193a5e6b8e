/** Who is calling: a Bearer access token (simplejwt's header rules), else the web app's session
 * cookie where the transport accepts it (mutations only from our own origin). */
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
  if (request.sessionCookie) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && !request.sameOrigin) {
      throw new DomainError('AUTH.CROSS_SITE');
    }
    return authenticateSessionSecret(auth, request.sessionCookie, now);
  }
  throw new DomainError('AUTH.NOT_AUTHENTICATED');
}
