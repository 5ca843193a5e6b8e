import { sign as honoSign, verify as honoVerify } from 'hono/jwt';
import { describe, expect, it } from 'vitest';
import type { TokenClaims } from '@jobtracker/core';
import { createJwtCodec } from './jwt-codec.js';

const SECRET = 'a-signing-key-that-is-long-enough-for-hs256';
const claims: TokenClaims = { token_type: 'access', exp: 2_000_000_000, iat: 1_700_000_000, jti: 'a'.repeat(32), user_id: 7, email: 'é@example.com', full_name: 'Zoë', sid: 's'.repeat(32) };
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('createJwtCodec', () => {
  it('signs exactly as Hono does, and each verifies what the other signed', async () => {
    const codec = createJwtCodec(SECRET);
    const ours = await codec.sign(claims);
    expect(ours).toBe(await honoSign(claims, SECRET, 'HS256'));
    expect(await honoVerify(ours, SECRET, { alg: 'HS256', exp: false })).toEqual(claims);
    expect(await createJwtCodec(SECRET).verify(await honoSign(claims, SECRET, 'HS256'))).toEqual({ ok: true, claims });
  });

  it('refuses a changed payload or signature, another key, and malformed tokens', async () => {
    const codec = createJwtCodec(SECRET);
    const token = await codec.sign(claims);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    // Remembered: asking again is answered the same.
    expect((await codec.verify(token)).ok).toBe(true);
    expect((await codec.verify(token)).ok).toBe(true);
    const forged = `${header}.${part({ ...claims, user_id: 1 })}.${signature}`;
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    for (const bad of [forged, flipped, `${header}.${payload}`, `${header}.${payload}.${signature}.x`, `${header}.${payload}.!!`, `${header}.${payload}.`, `${header}..${signature}`, '']) {
      expect(await codec.verify(bad)).toEqual({ ok: false });
    }
    expect(await createJwtCodec('another-signing-key-that-is-long-enough').verify(token)).toEqual({ ok: false });
  });

  it('judges a token with any other header as Hono does: alg none refused, one naming a key id as Hono judges it', async () => {
    const codec = createJwtCodec(SECRET);
    const payload = part(claims);
    expect(await codec.verify(`${part({ alg: 'none', typ: 'JWT' })}.${payload}.`)).toEqual({ ok: false });
    expect(await codec.verify(`${part({ alg: 'HS512', typ: 'JWT' })}.${payload}.x`)).toEqual({ ok: false });
    const withKeyId = await honoSign(claims, { kid: 'k', alg: 'HS256', kty: 'oct', k: Buffer.from(SECRET).toString('base64url') }, 'HS256');
    expect((await codec.verify(withKeyId)).ok).toBe(await honoVerify(withKeyId, SECRET, { alg: 'HS256', exp: false }).then(() => true, () => false));
  });
});
