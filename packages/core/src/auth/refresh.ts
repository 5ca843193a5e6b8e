/** Refresh with rotation: the old refresh token is blacklisted, a new pair is issued for the same
 * session, and the custom claims (user_id, email, full_name) carry over. */
import { DomainError } from '../shared/domain-error.js';
import { addMinutes } from '../shared/time.js';
import type { AuthDeps } from './deps.js';
import type { TokenPair } from './issue-tokens.js';
import { readRefreshToken } from './refresh-token.js';
import { hashSecret } from './session.js';
import { claimsFor, identityOf } from './tokens.js';

export async function refresh(deps: AuthDeps, command: { refresh: string; now: Date }): Promise<TokenPair> {
  const { now } = command;
  const read = await readRefreshToken(deps, command.refresh, now);
  if (!read.ok) throw new DomainError('REFRESH.REJECTED', { problem: read.problem });
  const { claims, record } = read;
  const userId = claims['user_id'];
  if (typeof userId !== 'number') throw new DomainError('REFRESH.REJECTED', { problem: 'invalid' });

  const common = {
    userId,
    sid: claims['sid'] as string,
    now,
    lifetimes: deps.lifetimes,
    identity: identityOf(claims),
  };
  const refreshClaims = claimsFor({ ...common, type: 'refresh', jti: deps.random.uuidHex() });
  const accessClaims = claimsFor({ ...common, type: 'access', jti: deps.random.uuidHex() });
  const rotated = await deps.refreshTokens.rotate(
    record.id,
    {
      id: hashSecret(refreshClaims.jti),
      session_id: record.session_id,
      expires_at: addMinutes(now, deps.lifetimes.refreshMinutes),
      used_at: null,
    },
    now,
  );
  // Two clients refreshing with one token: only the first wins.
  if (!rotated) throw new DomainError('REFRESH.REJECTED', { problem: 'blacklisted' });
  const [access, refreshToken] = await Promise.all([deps.tokens.sign(accessClaims), deps.tokens.sign(refreshClaims)]);
  return { access, refresh: refreshToken };
}
