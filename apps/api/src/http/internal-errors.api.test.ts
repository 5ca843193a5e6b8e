import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

// A closed database makes the real driver throw; the message names internals that must not leak.
let t: TestApp;
let access: string;
beforeAll(async () => {
  t = await createTestApp();
  access = (await t.registerUser()).access;
  await t.closeStore();
});
afterAll(async () => {
  await t.close();
});

describe('internal errors', () => {
  it('answer REST with a generic 500 body', async () => {
    const res = await t.call('GET', '/api/auth/user/', { token: access });
    expect(res.status).toBe(500);
    expect(res.json).toEqual({ detail: 'A server error occurred.' });
  });

  it('answer tRPC without the internal message', async () => {
    const res = await t.app.request('/trpc/auth.me', { headers: { Authorization: `Bearer ${access}` } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain('Internal server error');
    expect(text).not.toMatch(/database|sqlite|connection|stack/i);
  });
});
