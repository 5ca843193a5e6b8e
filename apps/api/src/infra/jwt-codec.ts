/** HS256 JWTs (contract section 12) through Hono's Web Crypto JWT helpers. */
import type { TokenClaims, TokenCodec, VerifiedToken } from '@jobtracker/core';
import { sign, verify } from 'hono/jwt';

export function createJwtCodec(secret: string): TokenCodec {
  return {
    sign: (claims: TokenClaims) => sign(claims, secret, 'HS256'),
    async verify(token: string): Promise<VerifiedToken> {
      try {
        // simplejwt ignores iat; a token without exp is not valid.
        const claims = (await verify(token, secret, { alg: 'HS256', iat: false })) as Record<string, unknown>;
        return typeof claims['exp'] === 'number' ? { ok: true, claims } : { ok: false };
      } catch {
        return { ok: false };
      }
    },
  };
}
