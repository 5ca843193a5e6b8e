/** Fakes of the non-storage ports: ids, randomness, password hashing and token signing. Each is
 * deterministic and readable in a failing assertion; none is safe outside tests. */
import type { RandomSource, TokenClaims, TokenCodec, VerifiedToken } from '../auth/tokens.js';
import type { IdGenerator } from '../shared/ids.js';
import type { CommonPasswords } from '../users/password-policy.js';
import type { PasswordHasher } from '../users/ports.js';
import { anObjectId } from './basic-builders.js';

/** ObjectIds stamped with `now`, distinct within the process. */
export function sequentialIds(): IdGenerator {
  return { objectId: (now) => anObjectId(now) };
}

/** Counts up: uuids `000…1`, `000…2`, secrets `secret3`, `secret4`, one counter for both. */
export function sequentialRandom(): RandomSource {
  let counter = 0;
  return {
    uuidHex: () => (++counter).toString(16).padStart(32, '0'),
    secret: () => `secret${++counter}`,
  };
}

/** "Hashes" by prefixing, so a test can tell which password a stored hash belongs to. */
export const fakePasswordHasher: PasswordHasher = {
  hash: async (password) => `hashed:${password}`,
  verify: async (hash, password) => hash === `hashed:${password}`,
};

/** Unsigned JSON stands in for a JWT: signatures are the real codec's job, tested in apps/api. */
export const fakeTokenCodec: TokenCodec = {
  sign: async (claims: TokenClaims) => JSON.stringify(claims),
  async verify(token): Promise<VerifiedToken> {
    try {
      return { ok: true, claims: JSON.parse(token) as Record<string, unknown> };
    } catch {
      return { ok: false };
    }
  },
};

/** A two-entry stand-in for the common-password list. */
export const fakeCommonPasswords: CommonPasswords = { has: (password) => ['password123', 'qwertyuiop'].includes(password) };
