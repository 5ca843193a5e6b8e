import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET /healthz', () => {
  it('answers 200 without authentication while the store answers', async () => {
    const res = await t.call('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok' });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect((await t.call('HEAD', '/healthz')).status).toBe(200);
  });

  it('answers 503, saying nothing of why, once the store is gone', async () => {
    await t.closeStore();
    const warn = vi.spyOn(t.deps.log, 'warn').mockImplementation(() => undefined);
    try {
      const res = await t.call('GET', '/healthz');
      expect(res.status).toBe(503);
      expect(res.text).toBe('{"status":"unavailable"}');
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^health check: the store did not answer: /));
    } finally {
      warn.mockRestore();
    }
  });
});
