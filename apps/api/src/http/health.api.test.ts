import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('health probes', () => {
  it('answer liveness and readiness without authentication, uncached, outside the API contract', async () => {
    t = await createTestApp();
    const live = await t.call('GET', '/healthz');
    expect(live).toMatchObject({ status: 200, json: { status: 'ok' } });
    expect(live.headers.get('cache-control')).toBe('no-store');
    expect((await t.call('HEAD', '/healthz')).status).toBe(200);
    const ready = await t.call('GET', '/readyz');
    expect(ready).toMatchObject({ status: 200, json: { status: 'ready' } });
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect((await t.call('HEAD', '/readyz')).status).toBe(200);
    const schema = await t.call('GET', '/api/schema/?format=json');
    expect(Object.keys(schema.json.paths)).not.toContain('/healthz');
    expect(Object.keys(schema.json.paths)).not.toContain('/readyz');
  });

  it('turn not ready (503) once a shutdown has begun, and ask clients to close their connections', async () => {
    t = await createTestApp();
    expect((await t.call('GET', '/healthz')).headers.get('connection')).toBeNull();
    t.deps.lifecycle.beginStopping();
    expect(await t.call('GET', '/readyz')).toMatchObject({ status: 503, json: { status: 'unavailable' } });
    const live = await t.call('GET', '/healthz');
    expect(live.status).toBe(200);
    expect(live.headers.get('connection')).toBe('close');
  });

  it('turn not ready (503), saying nothing of why, once the store is gone, while the process stays live', async () => {
    t = await createTestApp();
    await t.closeStore();
    const warn = vi.spyOn(t.deps.log, 'warn').mockImplementation(() => undefined);
    try {
      const res = await t.call('GET', '/readyz');
      expect(res.status).toBe(503);
      expect(res.text).toBe('{"status":"unavailable"}');
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^readiness check: the store did not answer: /));
    } finally {
      warn.mockRestore();
    }
    expect((await t.call('GET', '/healthz')).status).toBe(200);
  });
});
