/** Who is calling: an access token (REST and tRPC) or a session cookie (the web app). Every
 * request re-reads the user and its session (one read of both), so revocation and deactivation
 * apply at once. */
import { DomainError } from '../shared/domain-error.js';
import type { User } from '../users/user.js';
import type { AuthDeps } from './deps.js';
import { hashSecret, isSessionActive, type Session } from './session.js';
import { isUnexpired } from './tokens.js';

export type Principal = { user: User; session: Session };

type Deps = Pick<AuthDeps, 'users' | 'sessions' | 'tokens'>;

export async function authenticateAccessToken(deps: Deps, token: string, now: Date): Promise<Principal> {
  const verified = await deps.tokens.verify(token);
  if (!verified.ok || !isUnexpired(verified.claims, now)) throw new DomainError('AUTH.TOKEN_INVALID', { problem: 'invalid' });
  const { claims } = verified;
  if (claims['token_type'] !== 'access') {
    throw new DomainError('AUTH.TOKEN_INVALID', { problem: claims['token_type'] === 'refresh' ? 'wrong_type' : 'invalid' });
  }
  const userId = claims['user_id'];
  if (userId === undefined) throw new DomainError('AUTH.TOKEN_NO_USER');
  if (typeof userId !== 'number' || !Number.isSafeInteger(userId)) throw new DomainError('AUTH.USER_NOT_FOUND');

  const sid = claims['sid'];
  const found = typeof sid === 'string' ? await deps.sessions.findWithUser(hashSecret(sid)) : null;
  // The checks keep their order: the token's user first, then its session. Only a token naming
  // someone else's session (or none) needs the user read on its own.
  const user = found?.session.user_id === userId ? found.user : await deps.users.findById(userId);
  if (!user) throw new DomainError('AUTH.USER_NOT_FOUND');
  if (!user.is_active) throw new DomainError('AUTH.USER_INACTIVE');

  if (typeof sid !== 'string') throw new DomainError('AUTH.TOKEN_INVALID', { problem: 'invalid' });
  const session = found?.session;
  if (!session || session.user_id !== user.id) throw new DomainError('AUTH.TOKEN_INVALID', { problem: 'invalid' });
  if (!isSessionActive(session, now)) {
    throw new DomainError('AUTH.TOKEN_INVALID', { problem: session.revoked_at ? 'blacklisted' : 'invalid' });
  }
  return { user, session };
}

/** The web app's cookie holds the raw session secret. */
export async function authenticateSessionSecret(deps: Deps, secret: string, now: Date): Promise<Principal> {
  const found = await deps.sessions.findWithUser(hashSecret(secret));
  if (!found || !isSessionActive(found.session, now)) throw new DomainError('AUTH.NOT_AUTHENTICATED');
  const { session, user } = found;
  if (!user) throw new DomainError('AUTH.USER_NOT_FOUND');
  if (!user.is_active) throw new DomainError('AUTH.USER_INACTIVE');
  return { user, session };
}
