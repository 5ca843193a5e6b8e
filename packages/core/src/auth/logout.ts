/** Logout: blacklists the refresh token and revokes its session, so the session's access tokens
 * stop working at once (the original let them live on). */
import { DomainError } from '../shared/domain-error.js';
import type { User } from '../users/user.js';
import type { AuthDeps } from './deps.js';
import { readRefreshToken } from './refresh-token.js';

export async function logout(
  deps: AuthDeps,
  command: { refresh: string | undefined; caller: User; now: Date },
): Promise<void> {
  const { now } = command;
  if (!command.refresh) throw new DomainError('LOGOUT.REFRESH_REQUIRED');
  const read = await readRefreshToken(deps, command.refresh, now);
  if (!read.ok) throw new DomainError('LOGOUT.REJECTED', { problem: read.problem });
  // Someone else's token is not ours to revoke (defect 14.21); say no more than "invalid".
  if (read.session.user_id !== command.caller.id) throw new DomainError('LOGOUT.REJECTED', { problem: 'invalid' });
  const consumed = await deps.refreshTokens.consume(read.record.id, now);
  if (!consumed) throw new DomainError('LOGOUT.REJECTED', { problem: 'blacklisted' });
  await deps.sessions.revoke(read.session.id, now);
}

/** Ends the session a cookie or token belongs to (the web app's sign-out). */
export async function endSession(deps: Pick<AuthDeps, 'sessions'>, command: { sessionId: string; now: Date }) {
  await deps.sessions.revoke(command.sessionId, command.now);
}
