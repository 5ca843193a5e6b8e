/** Reading a refresh token: signature and expiry, type, then the blacklist, as simplejwt orders
 * them. Failures are returned as a problem; each use case words them its own way. */
import type { AuthDeps } from './deps.js';
import { hashSecret, isSessionActive, type RefreshTokenRecord, type Session } from './session.js';
import type { TokenProblem } from '../shared/domain-error.js';
import { isUnexpired } from './tokens.js';

export type ReadRefreshToken =
  | { ok: true; claims: Record<string, unknown>; record: RefreshTokenRecord; session: Session }
  | { ok: false; problem: TokenProblem };

export async function readRefreshToken(
  deps: Pick<AuthDeps, 'tokens' | 'refreshTokens' | 'sessions'>,
  token: string,
  now: Date,
): Promise<ReadRefreshToken> {
  const verified = await deps.tokens.verify(token);
  if (!verified.ok || !isUnexpired(verified.claims, now)) return { ok: false, problem: 'invalid' };
  const { claims } = verified;
  if (claims['token_type'] !== 'refresh') {
    return { ok: false, problem: claims['token_type'] === 'access' ? 'wrong_type' : 'invalid' };
  }
  const { jti, sid } = claims;
  if (typeof jti !== 'string' || typeof sid !== 'string') return { ok: false, problem: 'invalid' };
  const record = await deps.refreshTokens.findById(hashSecret(jti));
  if (!record || record.session_id !== hashSecret(sid)) return { ok: false, problem: 'invalid' };
  if (record.used_at) return { ok: false, problem: 'blacklisted' };
  const session = await deps.sessions.findById(record.session_id);
  if (!session) return { ok: false, problem: 'invalid' };
  if (!isSessionActive(session, now)) return { ok: false, problem: session.revoked_at ? 'blacklisted' : 'invalid' };
  return { ok: true, claims, record, session };
}
