import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../../dist/migrate/migrate.cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jobtracker-migrate-'));
const env = { ...process.env, DATABASE_PATH: join(dir, 'db.sqlite'), MEDIA_ROOT: join(dir, 'media'), MONGO_URI: '', MONGO_HOST: '' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function migrate(args: string[], extraEnv: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env: { ...env, ...extraEnv } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run migrate', () => {
  it('prints its usage with --help', async () => {
    const { code, stdout } = await migrate(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run migrate -- --from sqlite --to mongo');
  });

  it.each([
    [[], /--from must be sqlite or mongo/],
    [['--from', 'mongo', '--to', 'mongo'], /--from and --to must name different stores/],
    [['--from', 'sqlite', '--to', 'mongo', '--dry-run'], /Unknown option '--dry-run'/],
  ])('refuses %j with the usage and exit status 2', async (args, message) => {
    const { code, stderr } = await migrate(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run migrate');
  });

  it('asks for the MongoDB settings when none are set, and refuses bad ones, before touching a store', async () => {
    const missing = await migrate(['--from', 'sqlite', '--to', 'mongo']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/MongoDB is not configured: set MONGO_URI/);
    const bad = await migrate(['--from', 'mongo', '--to', 'sqlite'], { MONGO_URI: 'http://db' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/MONGO_URI="http:\/\/db": must start with mongodb:\/\//);
  });
});
