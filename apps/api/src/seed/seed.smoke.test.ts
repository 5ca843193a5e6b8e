import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../testing/spawn-server.js';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../../dist/seed/seed.cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jobtracker-seed-'));
const env = { ...process.env, DATABASE_PATH: join(dir, 'db.sqlite'), MEDIA_ROOT: join(dir, 'media') };
const servers: SpawnedServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function login(server: SpawnedServer, email: string, password: string) {
  const res = await fetch(`${server.baseUrl}/api/auth/login/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, json: (await res.json()) as { access?: string } };
}

describe('npm run seed', () => {
  it('creates, then refreshes, an account with generated applications and synced companies', async () => {
    const first = await run(process.execPath, [cli, '--count', '7', '--seed', '3', '--email', 'seeded@example.com'], { env });
    expect(first.stdout).toMatch(/^Created seeded@example\.com: 7 applications \(0 replaced\), \d+ companies synced, seed 3\./m);
    const second = await run(process.execPath, [cli, '--count', '7', '--seed', '3', '--email', 'seeded@example.com'], { env });
    expect(second.stdout).toMatch(/^Refreshed seeded@example\.com: 7 applications \(7 replaced\)/m);
    expect(second.stdout).toContain('Sign in with seeded@example.com / DemoPass123!');

    const server = await spawnServer({ runtime: 'node', env: { DATABASE_PATH: env.DATABASE_PATH, MEDIA_ROOT: env.MEDIA_ROOT } });
    servers.push(server);
    const { json } = await login(server, 'seeded@example.com', 'DemoPass123!');
    const list = await fetch(`${server.baseUrl}/api/applications/?page_size=0`, { headers: { Authorization: `Bearer ${json.access}` } });
    expect(((await list.json()) as { count: number }).count).toBe(7);
    const companies = await fetch(`${server.baseUrl}/api/companies/`, { headers: { Authorization: `Bearer ${json.access}` } });
    expect(((await companies.json()) as { count: number }).count).toBeGreaterThan(0);
    // A database with accounts gets no demo account, even with DEBUG on.
    expect((await login(server, 'demo@example.com', 'DemoPass123!')).status).toBe(401);
  }, 60_000);

  it('refuses bad arguments with usage and exit code 2', async () => {
    const error = await run(process.execPath, [cli, '--count', 'many'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('--count must be a whole number');
  });
});

describe('first start of an empty database', () => {
  it('creates the demo account when DEBUG is on, and says how to sign in', async () => {
    const server = await spawnServer({ runtime: 'node' });
    servers.push(server);
    expect(server.output()).toContain('Sign in as demo@example.com / DemoPass123!');
    const { status, json } = await login(server, 'demo@example.com', 'DemoPass123!');
    expect(status).toBe(200);
    const dashboard = await fetch(`${server.baseUrl}/api/analytics/dashboard/`, { headers: { Authorization: `Bearer ${json.access}` } });
    expect(((await dashboard.json()) as { total_applications: number }).total_applications).toBe(50);
  }, 30_000);

  it('never creates a known password when DEBUG is off', async () => {
    const server = await spawnServer({ runtime: 'node', env: { DEBUG: 'False' } });
    servers.push(server);
    expect(server.output()).not.toContain('demo@example.com');
    expect((await login(server, 'demo@example.com', 'DemoPass123!')).status).toBe(401);
  }, 30_000);
});
