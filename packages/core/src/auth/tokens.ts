/** The JWT claim sets of the contract (section 12), plus `sid`, the session secret that binds a
 * token to its server-side session. */
import { addMinutes, toEpochSeconds } from '../shared/time.js';
import type { TokenLifetimes } from './session.js';

export type TokenType = 'access' | 'refresh';

export type TokenClaims = {
  token_type: TokenType;
  exp: number;
  iat: number;
  jti: string;
  user_id: number;
  email?: string;
  full_name?: string;
  sid: string;
};

/** Login tokens name the user; register tokens do not (contract section 12). */
export type IdentityClaims = { email: string; full_name: string };

export type VerifiedToken = { ok: true; claims: Record<string, unknown> } | { ok: false };

export interface TokenCodec {
  sign(claims: TokenClaims): Promise<string>;
  /** Checks the signature only; expiry, type and session are the use cases' to judge. */
  verify(token: string): Promise<VerifiedToken>;
}

/** Valid at `now`: an `exp` claim in the future (a token without one is never valid). */
export function isUnexpired(claims: Record<string, unknown>, now: Date): boolean {
  const exp = claims['exp'];
  return typeof exp === 'number' && exp * 1000 > now.getTime();
}

export interface RandomSource {
  /** A uuid4 as 32 lowercase hex characters (simplejwt's jti). */
  uuidHex(): string;
  /** A secret with at least 120 bits of entropy, for session ids. */
  secret(): string;
}

export function claimsFor(options: {
  type: TokenType;
  userId: number;
  sid: string;
  jti: string;
  now: Date;
  lifetimes: TokenLifetimes;
  identity?: IdentityClaims | undefined;
}): TokenClaims {
  const minutes = options.type === 'access' ? options.lifetimes.accessMinutes : options.lifetimes.refreshMinutes;
  return {
    token_type: options.type,
    exp: toEpochSeconds(addMinutes(options.now, minutes)),
    iat: toEpochSeconds(options.now),
    jti: options.jti,
    user_id: options.userId,
    ...(options.identity ?? {}),
    sid: options.sid,
  };
}

/** Reads the custom claims a refreshed token carries over. */
export function identityOf(claims: Record<string, unknown>): IdentityClaims | undefined {
  const { email, full_name } = claims;
  return typeof email === 'string' && typeof full_name === 'string' ? { email, full_name } : undefined;
}
