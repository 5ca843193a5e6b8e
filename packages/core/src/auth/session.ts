/** Server-side sessions (the Lucia guide): the client holds a random secret, the store holds only
 * its SHA-256, and every token names its session so revocation takes effect at once. */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { addMinutes } from '../shared/time.js';

export type Session = {
  /** SHA-256 (hex) of the secret the client holds. */
  id: string;
  user_id: number;
  created_at: Date;
  /** Absolute end of the session, however often its tokens are refreshed. */
  expires_at: Date;
  revoked_at: Date | null;
};

/** One issued refresh token; used once, then blacklisted. */
export type RefreshTokenRecord = {
  /** SHA-256 (hex) of the token's jti. */
  id: string;
  session_id: string;
  expires_at: Date;
  used_at: Date | null;
};

export type TokenLifetimes = {
  accessMinutes: number;
  refreshMinutes: number;
  /** Absolute session lifetime. */
  sessionMinutes: number;
};

/** Hashes remembered: every authenticated request hashes its session secret (about 5 µs in
 * JavaScript); a process sees the same few secrets again and again. A pure function's results,
 * bounded, so nothing about the caller leaks into later answers. */
const MAX_REMEMBERED_HASHES = 10_000;
const rememberedHashes = new Map<string, string>();

/** SHA-256 of a token secret. Secrets and jtis are ASCII (hex or base32), so each character is
 * one byte; anything else cannot be a token we issued and is mapped to a byte that never matches. */
export function hashSecret(secret: string): string {
  const remembered = rememberedHashes.get(secret);
  if (remembered !== undefined) return remembered;
  const bytes = Uint8Array.from(secret, (char) => {
    const code = char.charCodeAt(0);
    return code < 128 ? code : 0xff;
  });
  const hash = encodeHexLowerCase(sha256(bytes));
  if (rememberedHashes.size >= MAX_REMEMBERED_HASHES) rememberedHashes.delete(rememberedHashes.keys().next().value as string);
  rememberedHashes.set(secret, hash);
  return hash;
}

export function newSession(options: { secret: string; userId: number; now: Date; lifetimes: TokenLifetimes }): Session {
  return {
    id: hashSecret(options.secret),
    user_id: options.userId,
    created_at: options.now,
    expires_at: addMinutes(options.now, options.lifetimes.sessionMinutes),
    revoked_at: null,
  };
}

export function isSessionActive(session: Session, now: Date): boolean {
  return session.revoked_at === null && session.expires_at.getTime() > now.getTime();
}
