/** A Host header that makes no URL (a number that is no IPv4 address) gets 400 on every route of
 * the built Node server, not 500, and nothing is logged as an internal error. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../testing/spawn-server.js';

let server: SpawnedServer;
beforeAll(async () => {
  server = await spawnServer({ runtime: 'node', env: { DEBUG: 'False', JWT_SECRET_KEY: 'host-test-signing-key-long-enough-for-hs256' } });
});
afterAll(async () => {
  await server.stop();
});

function send(method: string, path: string, host: string, body?: string): Promise<{ status: number; text: string }> {
  const { port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers: { Host: host, ...(body ? { 'Content-Type': 'application/json' } : {}) } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('a Host header that makes no URL', () => {
  it.each(['256.1.1.1', '9007199254740993'])('%s: 400 everywhere, no internal error', async (host) => {
    for (const [method, path, body] of [
      ['GET', '/healthz'],
      ['GET', '/api/applications/?page=1'],
      ['POST', '/api/auth/login/', '{}'],
      ['OPTIONS', '/api/applications/upload/', 'x'],
      ['GET', '/trpc/auth.me'],
    ] as const) {
      // The Node adapter refuses some such requests itself (400, no body) before the app sees them.
      expect((await send(method, path, host, body)).status, `${method} ${path}`).toBe(400);
    }
    expect(await send('GET', '/healthz', host)).toEqual({ status: 400, text: '{"detail":"Bad Request (400)"}' });
    expect(await send('GET', '/healthz', 'localhost')).toMatchObject({ status: 200 });
    expect(server.output()).not.toContain('"level":50');
  }, 30_000);
});
