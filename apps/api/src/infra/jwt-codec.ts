/** HS256 JWTs (contract section 12) through Hono's Web Crypto JWT helpers. */
import type { TokenClaims, TokenCodec, VerifiedToken } from '@jobtracker/core';
import { sign, verify } from 'hono/jwt';

export function createJwtCodec(secret: string): TokenCodec {
  return {
    sign: (claims: TokenClaims) => sign(claims, secret, 'HS256'),
    async verify(token: string): Promise<VerifiedToken> {
      try {
        // Signature and algorithm only: expiry is core's decision against the request's `now`, so
        // the adapter never reads the clock (simplejwt ignores iat too).
        const claims = (await verify(token, secret, { alg: 'HS256', exp: false, iat: false, nbf: false })) as Record<string, unknown>;
        return { ok: true, claims };
      } catch {
        return { ok: false };
      }
    },
  };
}
