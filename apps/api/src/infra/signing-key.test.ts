import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveSigningKey } from './signing-key.js';

const run = promisify(execFile);
const built = fileURLToPath(new URL('../../dist/infra/signing-key.js', import.meta.url));
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveSigningKey', () => {
  it('takes JWT_SECRET_KEY, then SECRET_KEY, and needs one of them without a database file', () => {
    dir = mkdtempSync(join(tmpdir(), 'jobtracker-key-'));
    expect(resolveSigningKey({ jwtSecretKey: 'jwt', secretKey: 'secret', databasePath: null })).toEqual({ key: 'jwt', source: 'JWT_SECRET_KEY' });
    expect(resolveSigningKey({ secretKey: 'secret', databasePath: null })).toEqual({ key: 'secret', source: 'SECRET_KEY' });
    expect(() => resolveSigningKey({ databasePath: null })).toThrow(/set JWT_SECRET_KEY or SECRET_KEY/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('generates a key beside the database once (mode 0600) and reads it back afterwards', () => {
    dir = mkdtempSync(join(tmpdir(), 'jobtracker-key-'));
    const databasePath = join(dir, 'data', 'db.sqlite');
    const first = resolveSigningKey({ databasePath });
    expect(first.source).toBe('generated');
    expect(first.key.length).toBeGreaterThanOrEqual(32);
    expect(resolveSigningKey({ databasePath })).toEqual(first);
    expect(readdirSync(join(dir, 'data'))).toEqual(['secret.key']);
    expect(statSync(join(dir, 'data', 'secret.key')).mode & 0o777).toBe(0o600);
  });

  it('refuses a key file too short to be a key instead of replacing it under other processes', () => {
    dir = mkdtempSync(join(tmpdir(), 'jobtracker-key-'));
    writeFileSync(join(dir, 'secret.key'), 'short\n');
    expect(() => resolveSigningKey({ databasePath: join(dir, 'db.sqlite') })).toThrow(/holds no usable key/);
  });

  it('gives every one of several processes starting at once on a new database the same key', async () => {
    dir = mkdtempSync(join(tmpdir(), 'jobtracker-key-'));
    const script = `import { resolveSigningKey } from ${JSON.stringify(built)}; console.log(resolveSigningKey({ databasePath: process.argv[1] }).key);`;
    const databasePath = join(dir, 'db.sqlite');
    const outputs = await Promise.all(Array.from({ length: 8 }, () => run(process.execPath, ['--input-type=module', '-e', script, databasePath])));
    const keys = new Set(outputs.map((output) => output.stdout.trim()));
    expect(keys.size).toBe(1);
    expect(readdirSync(dir)).toEqual(['secret.key']);
  });
});
