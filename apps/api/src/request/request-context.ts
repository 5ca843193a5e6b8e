/** Request context: what a procedure may know about the caller. `createContextInner` has no
 * adapter dependency, so tests and the REST adapter build it the same way. */
import { authenticateAccessToken, authenticateSessionSecret, DomainError, type Principal } from '@jobtracker/core';
import type { AppDeps } from '../app-deps.js';

export type RequestInfo = {
  /** Raw Authorization header, if any. */
  authorization: string | null;
  /** The web app's session cookie, if any (tRPC transport only). */
  sessionCookie: string | null;
  /** The caller's address as trusted-proxy rules determine it. */
  clientAddress: string;
  method: string;
  /** Whether the request came from our own origin (cookie-authenticated mutations need it). */
  sameOrigin: boolean;
  /** Set or clear the web session cookie (tRPC transport only). */
  setSessionCookie?: (secret: string | null) => void;
};

export type Context = {
  deps: AppDeps;
  now: Date;
  request: RequestInfo;
  /** The authenticated caller; memoised, throws the contract's 401 errors. */
  principal: () => Promise<Principal>;
};

/** simplejwt's header parsing: the keyword must be exactly "Bearer". */
function bearerToken(header: string): string | null {
  const parts = header.split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts[0] !== 'Bearer') return null;
  if (parts.length !== 2) throw new DomainError('AUTH.BAD_HEADER');
  return parts[1] as string;
}

async function authenticate(deps: AppDeps, request: RequestInfo, now: Date): Promise<Principal> {
  const token = request.authorization ? bearerToken(request.authorization) : null;
  if (token !== null) return authenticateAccessToken(deps.auth, token, now);
  if (request.sessionCookie) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && !request.sameOrigin) {
      throw new DomainError('AUTH.CROSS_SITE');
    }
    return authenticateSessionSecret(deps.auth, request.sessionCookie, now);
  }
  throw new DomainError('AUTH.NOT_AUTHENTICATED');
}

export function createContextInner(deps: AppDeps, request: RequestInfo): Context {
  const now = deps.clock();
  let principal: Promise<Principal> | undefined;
  return {
    deps,
    now,
    request,
    principal: () => (principal ??= authenticate(deps, request, now)),
  };
}
