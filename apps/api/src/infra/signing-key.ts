/** The JWT signing key: JWT_SECRET_KEY, else SECRET_KEY, else a random key generated once and
 * kept beside the SQLite database (owner-only: the file 0600, a folder it creates 0700), so there
 * is never a hard-coded secret (defect 14.28) and a zero-setup start still keeps sessions across
 * restarts. With MongoDB the configuration requires one of the two variables (see
 * config/env.ts). */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type SigningKey = { key: string; source: 'JWT_SECRET_KEY' | 'SECRET_KEY' | 'generated' };

/** Where the generated key is kept: beside the database (the backup copies it from there). */
export function generatedKeyPath(databasePath: string): string {
  return join(dirname(databasePath), 'secret.key');
}

export function resolveSigningKey(options: { jwtSecretKey?: string | undefined; secretKey?: string | undefined; databasePath: string | null }): SigningKey {
  if (options.jwtSecretKey) return { key: options.jwtSecretKey, source: 'JWT_SECRET_KEY' };
  if (options.secretKey) return { key: options.secretKey, source: 'SECRET_KEY' };
  if (options.databasePath === null) throw new Error('No signing key: set JWT_SECRET_KEY or SECRET_KEY');
  const file = generatedKeyPath(options.databasePath);
  return { key: readKey(file) ?? createKey(file), source: 'generated' };
}

function readKey(file: string): string | null {
  try {
    const key = readFileSync(file, 'utf8').trim();
    return key.length >= 32 ? key : null;
  } catch {
    return null;
  }
}

/** Several processes may start at once on a new database (WORKERS, or a restart racing a seed
 * command): each writes its candidate to a private file (0600 from its creation) and hard-links
 * it into place, which fails if the file exists, so the first complete key wins and every
 * process reads that one. The link shares the candidate's inode, so the key keeps its mode. */
function createKey(file: string): string {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const candidate = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(candidate, randomBytes(48).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  try {
    linkSync(candidate, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(candidate, { force: true });
  }
  const key = readKey(file);
  if (key === null) throw new Error(`${file} holds no usable key (at least 32 characters): remove it or set JWT_SECRET_KEY`);
  return key;
}
