import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let access: string;
beforeAll(async () => {
  t = await createTestApp({ env: { MAX_BODY_BYTES: '4096' } });
  access = (await t.registerUser()).access;
});
afterAll(async () => {
  await t.close();
});

describe('routing conventions (contract 1.1)', () => {
  it('answers the path with and without the trailing slash', async () => {
    expect((await t.call('GET', '/api/auth/user', { token: access })).status).toBe(200);
    expect((await t.call('GET', '/api/auth/user/', { token: access })).status).toBe(200);
  });

  it('answers a wrong method with 405, the quoted method and Allow', async () => {
    const res = await t.call('DELETE', '/api/auth/user/', { token: access });
    expect(res.status).toBe(405);
    expect(res.json).toEqual({ detail: 'Method "DELETE" not allowed.' });
    expect(res.headers.get('allow')).toBe('GET, PUT, PATCH, HEAD, OPTIONS');
    const login = await t.call('GET', '/api/auth/login/');
    expect(login).toMatchObject({ status: 405, json: { detail: 'Method "GET" not allowed.' } });
  });

  it('authenticates before the method check on protected routes', async () => {
    expect((await t.call('DELETE', '/api/auth/user/')).status).toBe(401);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await t.call('GET', '/api/nothing-here/', { token: access });
    expect(res).toMatchObject({ status: 404, json: { detail: 'Not found.' } });
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('accepts HEAD wherever GET is accepted, without a body', async () => {
    const res = await t.call('HEAD', '/api/auth/user/', { token: access });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
  });

  it('answers OPTIONS with metadata and Allow', async () => {
    const res = await t.call('OPTIONS', '/api/auth/login/');
    expect(res.status).toBe(200);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

describe('request bodies (contract 1.2)', () => {
  it('answers malformed JSON with 400 and a JSON parse error', async () => {
    const res = await t.call('POST', '/api/auth/login/', { rawBody: '{"email": ', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.json.detail).toMatch(/^JSON parse error - /);
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.call('POST', '/api/auth/login/', { rawBody: 'email=x', headers: { 'Content-Type': 'text/plain' } });
    expect(res).toMatchObject({ status: 415, json: { detail: 'Unsupported media type "text/plain" in request.' } });
  });

  it('takes urlencoded and multipart forms', async () => {
    const { email, password } = await t.registerUser();
    const form = await t.call('POST', '/api/auth/login/', {
      rawBody: new URLSearchParams({ email, password }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(200);
    const multipart = new FormData();
    multipart.set('email', email);
    multipart.set('password', password);
    expect((await t.call('POST', '/api/auth/login/', { rawBody: multipart })).status).toBe(200);
  });

  it('treats an empty body as {} and a non-object as non_field_errors', async () => {
    const empty = await t.call('POST', '/api/auth/login/', { rawBody: '', headers: { 'Content-Type': 'application/json' } });
    expect(empty).toMatchObject({ status: 400, json: { email: ['This field is required.'], password: ['This field is required.'] } });
    const list = await t.call('POST', '/api/auth/login/', { body: [1, 2] });
    expect(list).toMatchObject({ status: 400, json: { non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] } });
  });

  it('refuses wrong types with field errors, never a 500', async () => {
    const res = await t.call('POST', '/api/auth/login/', { body: { email: { $ne: null }, password: true } });
    expect(res).toMatchObject({ status: 400, json: { email: ['Not a valid string.'], password: ['Not a valid string.'] } });
  });

  it('limits body size with 413, chunked bodies included', async () => {
    const big = JSON.stringify({ email: 'x'.repeat(10_000), password: 'y' });
    expect((await t.call('POST', '/api/auth/login/', { rawBody: big, headers: { 'Content-Type': 'application/json' } })).status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)));
        controller.close();
      },
    });
    // Node's fetch needs `duplex` for streamed bodies; RequestInit's type does not list it.
    const init = { method: 'POST', body: chunks, headers: { 'Content-Type': 'application/json' }, duplex: 'half' } as RequestInit;
    const res = await t.app.request('/api/auth/login/', init);
    expect(res.status).toBe(413);
  });

  it('ends the connection of a refused body (Connection: close), which is never read to its end', async () => {
    const big = JSON.stringify({ email: 'x'.repeat(10_000), password: 'y' });
    const refused = await t.call('POST', '/api/auth/login/', { rawBody: big, headers: { 'Content-Type': 'application/json' } });
    expect(refused.headers.get('connection')).toBe('close');
    const accepted = await t.call('POST', '/api/auth/login/', { body: { email: 'a@example.com', password: 'x' } });
    expect(accepted.headers.get('connection')).toBeNull();
  });
});

describe('security headers and CORS', () => {
  it('sends security headers on API responses', async () => {
    const res = await t.call('GET', '/api/auth/user/', { token: access });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('allows only configured origins, with credentials, and answers preflight without auth', async () => {
    const preflight = await t.app.request('/api/auth/user/', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    const evil = await t.app.request('/api/auth/user/', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('login throttling', () => {
  it('answers 429 with Retry-After after repeated failures on one account, even with the right password', async () => {
    const throttled = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' } });
    try {
      const { email, password } = await throttled.registerUser();
      for (let i = 0; i < 3; i++) expect((await throttled.login(email, 'WrongPass123!')).status).toBe(401);
      const blocked = await throttled.login(email, password);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(blocked.json.detail).toMatch(/^Request was throttled\. Expected available in \d+ seconds\.$/);
    } finally {
      await throttled.close();
    }
  });

  it('limits one client across accounts, and X-Forwarded-For from an untrusted peer changes nothing', async () => {
    const throttled = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_CLIENT: '4' }, peer: '10.0.0.7' });
    try {
      for (let i = 0; i < 4; i++) {
        const res = await throttled.call('POST', '/api/auth/login/', {
          body: { email: `victim${i}@example.com`, password: 'Guess123456!' },
          headers: { 'X-Forwarded-For': `203.0.113.${i}` },
        });
        expect(res.status).toBe(401);
      }
      const res = await throttled.call('POST', '/api/auth/login/', {
        body: { email: 'victim9@example.com', password: 'Guess123456!' },
        headers: { 'X-Forwarded-For': '198.51.100.1' },
      });
      expect(res.status).toBe(429);
    } finally {
      await throttled.close();
    }
  });

  it('believes X-Forwarded-For from a trusted proxy', async () => {
    const proxied = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_CLIENT: '2', TRUSTED_PROXIES: '10.0.0.1' }, peer: '10.0.0.1' });
    try {
      const attempt = (client: string) =>
        proxied.call('POST', '/api/auth/login/', { body: { email: 'x@example.com', password: 'Guess123456!' }, headers: { 'X-Forwarded-For': client } });
      expect((await attempt('198.51.100.1')).status).toBe(401);
      expect((await attempt('198.51.100.1')).status).toBe(401);
      expect((await attempt('198.51.100.1')).status).toBe(429);
      expect((await attempt('198.51.100.2')).status).toBe(401);
    } finally {
      await proxied.close();
    }
  });

  it('never gets in the way of many successful logins from one address', async () => {
    const { email, password } = await t.registerUser();
    for (let i = 0; i < 30; i++) expect((await t.login(email, password)).status).toBe(200);
  });
});
