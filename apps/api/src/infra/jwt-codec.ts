/** HS256 JWTs (contract section 12). Tokens this server issues are signed and checked with
 * node:crypto's synchronous HMAC (Node and Bun): WebCrypto's promise-based HMAC, with its job
 * queue, cost a tenth of a small request's CPU. A token whose header is not exactly the one
 * this server writes goes through Hono's full JWT verification instead, so what is accepted
 * is what Hono accepts. Verified tokens are remembered (a signature check is a function of the
 * token alone); expiry, type and session are still judged on every request, by core. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TokenClaims, TokenCodec, VerifiedToken } from '@jobtracker/core';
import { verify } from 'hono/jwt';

/** `{"alg":"HS256","typ":"JWT"}`, the header Hono's `sign` writes and this codec writes. */
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const SIGNATURE = /^[A-Za-z0-9_-]*={0,2}$/;
/** Tokens remembered: well above the sessions one process serves at once. */
const MAX_REMEMBERED = 10_000;

export function createJwtCodec(secret: string): TokenCodec {
  const keyBytes = Buffer.from(secret, 'utf8');
  const hmac = (text: string) => createHmac('sha256', keyBytes).update(text, 'utf8').digest();
  const remembered = new Map<string, Record<string, unknown>>();
  let webKey: ReturnType<typeof crypto.subtle.importKey> | undefined;

  /** Hono's verification: signature and algorithm only; expiry is core's decision against the
   * request's `now`, so the adapter never reads the clock (simplejwt ignores iat too). */
  async function verifyAnyHeader(token: string): Promise<Record<string, unknown>> {
    webKey ??= crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    return (await verify(token, await webKey, { alg: 'HS256', exp: false, iat: false, nbf: false })) as Record<string, unknown>;
  }

  /** Our own header: the signature over `header.payload`, compared in constant time. */
  function verifyOwnHeader(token: string): Record<string, unknown> | null {
    const signatureAt = token.lastIndexOf('.');
    const signature = token.slice(signatureAt + 1);
    if (token.indexOf('.', HEADER.length + 1) !== signatureAt || !SIGNATURE.test(signature)) return null;
    const expected = hmac(token.slice(0, signatureAt));
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const claims = JSON.parse(Buffer.from(token.slice(HEADER.length + 1, signatureAt), 'base64url').toString('utf8')) as unknown;
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : null;
  }

  return {
    async sign(claims: TokenClaims) {
      const unsigned = `${HEADER}.${Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url')}`;
      return `${unsigned}.${hmac(unsigned).toString('base64url')}`;
    },
    async verify(token: string): Promise<VerifiedToken> {
      const known = remembered.get(token);
      if (known) return { ok: true, claims: known };
      let claims: Record<string, unknown> | null;
      try {
        claims = token.startsWith(`${HEADER}.`) ? verifyOwnHeader(token) : await verifyAnyHeader(token);
      } catch {
        return { ok: false };
      }
      if (claims === null) return { ok: false };
      // Shared by every request that presents this token: nobody may change it.
      Object.freeze(claims);
      if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
      remembered.set(token, claims);
      return { ok: true, claims };
    },
  };
}
