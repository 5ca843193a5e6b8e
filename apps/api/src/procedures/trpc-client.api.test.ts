import { serve, type ServerType } from '@hono/node-server';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import type { AppRouter } from './app.router.js';

let t: TestApp;
let server: ServerType;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function client(token?: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, headers: () => (token ? { Authorization: `Bearer ${token}` } : {}) })],
  });
}

describe('the typed tRPC client over HTTP', () => {
  it('registers, logs in, reads and edits the profile, refreshes and logs out', async () => {
    const anonymous = client();
    const registered = await anonymous.auth.register.mutate({
      email: 'trpc@example.com',
      password: 'SecurePass123!',
      password_confirm: 'SecurePass123!',
      first_name: 'T',
      last_name: 'Rpc',
    });
    expect(registered.message).toBe('User registered successfully');

    const session = await anonymous.auth.login.mutate({ email: 'trpc@example.com', password: 'SecurePass123!' });
    const me = client(session.access);
    expect((await me.auth.me.query()).email).toBe('trpc@example.com');
    expect((await me.auth.addSkill.mutate({ skill: 'TypeScript' })).skills).toEqual(['TypeScript']);
    expect((await me.auth.patchProfile.mutate({ current_role: 'Engineer' })).current_role).toBe('Engineer');
    expect((await me.auth.stats.query()).total_skills).toBe(1);
    expect((await me.root.info.query()).version).toBe('1.0.0');

    const rotated = await anonymous.auth.refresh.mutate({ refresh: session.refresh });
    await client(rotated.access).auth.logout.mutate({ refresh: rotated.refresh });
    await expect(me.auth.me.query()).rejects.toBeInstanceOf(TRPCClientError);
  });

  it('carries the contract error body and status in error data, never internal text', async () => {
    const error = await rejection(client().auth.login.mutate({ email: '', password: 'x' }));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.contract).toEqual({ email: ['This field may not be blank.'] });

    const unauthorized = await rejection(client('junk').auth.me.query());
    expect(unauthorized.data?.httpStatus).toBe(401);
    expect(unauthorized.data?.code).toBe('UNAUTHORIZED');
  });

  it('signs the web app in with an HttpOnly session cookie and checks the origin of cookie mutations', async () => {
    await client().auth.register.mutate({
      email: 'cookie@example.com', password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: 'C', last_name: 'K',
    });
    const login = await fetch(`${baseUrl}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'cookie@example.com', password: 'SecurePass123!' }),
    });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^jt_session=[a-z2-7]+;/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const cookie = setCookie.split(';')[0]!;

    const me = await fetch(`${baseUrl}/trpc/auth.me`, { headers: { Cookie: cookie } });
    expect(me.status).toBe(200);

    const crossSite = await fetch(`${baseUrl}/trpc/auth.addSkill`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ skill: 'CSRF' }),
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await fetch(`${baseUrl}/trpc/auth.addSkill`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: baseUrl, 'Content-Type': 'application/json' },
      body: JSON.stringify({ skill: 'Fine' }),
    });
    expect(sameSite.status).toBe(200);

    // REST stays Bearer-only: the cookie does not authenticate the contract's endpoints.
    expect((await fetch(`${baseUrl}/api/auth/user/`, { headers: { Cookie: cookie } })).status).toBe(401);
  });
});
