import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../testing/spawn-server.js';

/** One request on a connection of its own (no keep-alive), so node:cluster's primary hands each
 * one to the next worker in turn. */
function fresh(server: SpawnedServer, method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const url = new URL(path, server.baseUrl);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { Connection: 'close' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
  return new Promise<{ status: number; servedBy: string; json: any }>((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, servedBy: String(res.headers['x-served-by']), json: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function sequentially<T>(count: number, call: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < count; index++) results.push(await call(index));
  return results;
}

const MAX_FAILURES = 10;
let server: SpawnedServer;

beforeAll(async () => {
  // No JWT_SECRET_KEY: the key generated on this new database must be the one every worker uses.
  server = await spawnServer({
    runtime: 'node',
    env: { WORKERS: '2', SERVED_BY_HEADER: 'True', DEBUG: 'False', LOGIN_MAX_FAILURES_PER_ACCOUNT: String(MAX_FAILURES), JWT_SECRET_KEY: '', SECRET_KEY: '' },
  });
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

async function signUp(email: string) {
  const password = 'SecurePass123!';
  const register = await fresh(server, 'POST', '/api/auth/register/', {
    body: { email, password, password_confirm: password, first_name: 'Many', last_name: 'Processes' },
  });
  expect(register.status).toBe(201);
  const login = await fresh(server, 'POST', '/api/auth/login/', { body: { email, password } });
  expect(login.status).toBe(200);
  return { password, access: login.json.access as string, refresh: login.json.refresh as string };
}

describe('WORKERS=2 on one SQLite file', () => {
  it('starts two worker processes behind one port, each with its own pid', async () => {
    expect(server.output()).toMatch(/listening on http:\/\/localhost:\d+ \(2 workers, primary \d+; SQLite /);
    const answers = await sequentially(6, () => fresh(server, 'GET', '/api/schema/?format=json'));
    const pids = new Set(answers.map((answer) => answer.servedBy));
    expect(pids.size).toBe(2);
    expect(pids.has(String(server.pid))).toBe(false);
  });

  it('refuses an access token on every process once one process has signed its session out', async () => {
    const { access, refresh } = await signUp('signed-out@example.com');
    const before = await sequentially(6, () => fresh(server, 'GET', '/api/auth/user/', { token: access }));
    expect(before.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    expect(new Set(before.map((answer) => answer.servedBy)).size).toBe(2);

    const logout = await fresh(server, 'POST', '/api/auth/logout/', { token: access, body: { refresh } });
    expect(logout.status).toBe(200);

    const after = await sequentially(10, () => fresh(server, 'GET', '/api/auth/user/', { token: access }));
    expect(after.map((answer) => [answer.status, answer.json.code])).toEqual(Array(10).fill([401, 'token_not_valid']));
    expect(new Set(after.map((answer) => answer.servedBy)).size).toBe(2);
    const refreshed = await sequentially(4, () => fresh(server, 'POST', '/api/auth/refresh/', { body: { refresh } }));
    expect(refreshed.map((answer) => [answer.status, answer.json.detail])).toEqual(Array(4).fill([401, 'Token is blacklisted']));
    expect(new Set(refreshed.map((answer) => answer.servedBy)).size).toBe(2);
  });

  it('counts failed logins across both processes: the throttle starts at the configured limit', async () => {
    const { password } = await signUp('throttled@example.com');
    const attempts = await sequentially(20, () => fresh(server, 'POST', '/api/auth/login/', { body: { email: 'throttled@example.com', password: 'wrong-password' } }));
    expect(attempts.map((answer) => answer.status)).toEqual([...Array(MAX_FAILURES).fill(401), ...Array(20 - MAX_FAILURES).fill(429)]);
    expect(new Set(attempts.slice(0, MAX_FAILURES).map((answer) => answer.servedBy)).size).toBe(2);
    expect(new Set(attempts.slice(MAX_FAILURES).map((answer) => answer.servedBy)).size).toBe(2);
    // The right password is throttled too while the window lasts, whichever process answers.
    const right = await sequentially(2, () => fresh(server, 'POST', '/api/auth/login/', { body: { email: 'throttled@example.com', password } }));
    expect(right.map((answer) => answer.status)).toEqual([429, 429]);
  });

  it('starts a new worker when one dies, and keeps serving meanwhile', async () => {
    const pids = new Set((await sequentially(4, () => fresh(server, 'GET', '/api/schema/?format=json'))).map((answer) => answer.servedBy));
    const [victim] = [...pids];
    process.kill(Number(victim), 'SIGKILL');
    while (!server.output().includes(`Worker ${victim} exited (SIGKILL): starting another`)) await new Promise((resolve) => setTimeout(resolve, 20));
    const seen = new Set<string>();
    for (let tries = 0; seen.size < 2 && tries < 200; tries++) {
      const answer = await fresh(server, 'GET', '/api/schema/?format=json');
      expect(answer.status).toBe(200);
      seen.add(answer.servedBy);
      if (seen.size < 2) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(seen.size).toBe(2);
    expect(seen.has(victim!)).toBe(false);
  }, 20_000);

  it('stops every worker on SIGTERM and then exits', async () => {
    const pids = [...new Set((await sequentially(4, () => fresh(server, 'GET', '/api/schema/?format=json'))).map((answer) => answer.servedBy))];
    expect(pids).toHaveLength(2);
    await server.stop();
    for (const pid of pids) expect(() => process.kill(Number(pid), 0)).toThrow(/ESRCH/);
    expect(server.output()).toContain('SIGTERM: stopping 2 worker(s)');
  });
});

describe('WORKERS=2 under Bun', () => {
  it('runs two workers on the port the first one got (reusePort), and stops both on SIGTERM', async () => {
    const bun = await spawnServer({ runtime: 'bun', env: { WORKERS: '2', SERVED_BY_HEADER: 'True', DEBUG: 'False', JWT_SECRET_KEY: 'a-signing-key-that-is-long-enough-for-hs256' } });
    try {
      expect(bun.output()).toMatch(/listening on http:\/\/localhost:\d+ \(2 workers, primary \d+; SQLite /);
      // The kernel spreads new connections over the sockets by a hash of their addresses.
      const pids = new Set<string>();
      for (let tries = 0; pids.size < 2 && tries < 60; tries++) {
        const answer = await fresh(bun, 'GET', '/api/schema/?format=json');
        expect(answer.status).toBe(200);
        pids.add(answer.servedBy);
      }
      expect(pids.size).toBe(2);
      await bun.stop();
      for (const pid of pids) expect(() => process.kill(Number(pid), 0)).toThrow(/ESRCH/);
    } finally {
      await bun.stop();
    }
  }, 30_000);
});
