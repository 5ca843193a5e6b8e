/** Opens a session and issues its first access/refresh pair. */
import { addMinutes } from '../shared/time.js';
import type { User } from '../users/user.js';
import type { AuthDeps } from './deps.js';
import { hashSecret, newSession } from './session.js';
import { claimsFor, type IdentityClaims, type TokenClaims } from './tokens.js';

export type TokenPair = { access: string; refresh: string };

export type IssuedSession = TokenPair & {
  /** The raw session secret, for transports that keep the session in a cookie. */
  sessionSecret: string;
};

export async function storeRefreshToken(
  deps: Pick<AuthDeps, 'refreshTokens' | 'lifetimes'>,
  claims: TokenClaims,
  now: Date,
): Promise<void> {
  await deps.refreshTokens.create({
    id: hashSecret(claims.jti),
    session_id: hashSecret(claims.sid),
    expires_at: addMinutes(now, deps.lifetimes.refreshMinutes),
    used_at: null,
  });
}

export async function openSession(
  deps: AuthDeps,
  options: { user: User; now: Date; identity?: IdentityClaims | undefined },
): Promise<IssuedSession> {
  const { user, now, identity } = options;
  const secret = deps.random.secret();
  await deps.sessions.create(newSession({ secret, userId: user.id, now, lifetimes: deps.lifetimes }));
  const common = { userId: user.id, sid: secret, now, lifetimes: deps.lifetimes, identity };
  const refreshClaims = claimsFor({ ...common, type: 'refresh', jti: deps.random.uuidHex() });
  const accessClaims = claimsFor({ ...common, type: 'access', jti: deps.random.uuidHex() });
  await storeRefreshToken(deps, refreshClaims, now);
  const [refresh, access] = await Promise.all([deps.tokens.sign(refreshClaims), deps.tokens.sign(accessClaims)]);
  return { refresh, access, sessionSecret: secret };
}
