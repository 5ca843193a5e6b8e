/** argon2id password hashing (OWASP parameters), with a dummy verify for unknown accounts so
 * response time does not reveal which emails exist. */
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import type { PasswordHasher } from '@jobtracker/core';

// Algorithm is an ambient const enum; 2 is Argon2id.
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function createArgon2Hasher(): PasswordHasher {
  let dummyHash: Promise<string> | undefined;
  const dummy = () => (dummyHash ??= hash('not-a-real-password-just-timing', OPTIONS));
  return {
    hash: (password) => hash(password, OPTIONS),
    async verify(stored, password) {
      try {
        const matches = await verify(stored ?? (await dummy()), password);
        return stored !== null && matches;
      } catch {
        return false;
      }
    },
  };
}
