/** Tokens that must not open anything: an expired one (signed with the right key: the harness
 * knows it), one whose claims name another user under the original signature, one signed with
 * another key, one with `alg: none`. */
import { createHmac, randomBytes } from 'node:crypto';

type Parts = { header: Record<string, unknown>; payload: Record<string, unknown> };

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function decodeJwt(token: string): Parts & { signature: string } {
  const [header, payload, signature] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header!, 'base64url').toString('utf8')) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>,
    signature: signature ?? '',
  };
}

function signHs256(parts: Parts, key: string): string {
  const unsigned = `${encode(parts.header)}.${encode(parts.payload)}`;
  return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
}

/** The same token, expired an hour ago, properly signed. */
export function expiredToken(token: string, key: string): string {
  const { header, payload } = decodeJwt(token);
  const now = Math.floor(Date.now() / 1000);
  return signHs256({ header, payload: { ...payload, iat: now - 7200, exp: now - 3600 } }, key);
}

/** The attacker's token with the victim's user id in its claims and the original signature. */
export function claimsSwapped(attackerToken: string, victimId: number): string {
  const { header, payload, signature } = decodeJwt(attackerToken);
  return `${encode(header)}.${encode({ ...payload, user_id: victimId })}.${signature}`;
}

/** The victim's claims signed with a key that is not the server's. */
export function signedWithAnotherKey(token: string): string {
  const { header, payload } = decodeJwt(token);
  return signHs256({ header, payload }, randomBytes(32).toString('hex'));
}

/** The victim's claims under `alg: none`, without a signature. */
export function unsignedToken(token: string): string {
  const { payload } = decodeJwt(token);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}
