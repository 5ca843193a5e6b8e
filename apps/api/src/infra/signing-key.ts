/** The JWT signing key: JWT_SECRET_KEY, else SECRET_KEY, else a random key generated once and
 * kept beside the database (mode 0600), so there is never a hard-coded secret (defect 14.28) and
 * a zero-setup start still keeps sessions across restarts. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the generated key is kept: beside the database. */
export function generatedKeyPath(databasePath: string): string {
  return join(dirname(databasePath), 'secret.key');
}

export function resolveSigningKey(options: { jwtSecretKey?: string | undefined; secretKey?: string | undefined; databasePath: string }): {
  key: string;
  source: 'JWT_SECRET_KEY' | 'SECRET_KEY' | 'generated';
} {
  if (options.jwtSecretKey) return { key: options.jwtSecretKey, source: 'JWT_SECRET_KEY' };
  if (options.secretKey) return { key: options.secretKey, source: 'SECRET_KEY' };
  const file = generatedKeyPath(options.databasePath);
  try {
    const key = readFileSync(file, 'utf8').trim();
    if (key.length >= 32) return { key, source: 'generated' };
  } catch {
    // Not there yet: create it below.
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(48).toString('base64url');
  writeFileSync(file, key + '\n', { mode: 0o600, flag: 'w' });
  return { key, source: 'generated' };
}
