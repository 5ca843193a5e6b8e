import { afterEach, describe, expect, it } from 'vitest';
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
    expect(await t.call('GET', '/readyz')).toMatchObject({ status: 200, json: { status: 'ready' } });
    expect((await t.call('HEAD', '/readyz')).status).toBe(200);
    const schema = await t.call('GET', '/api/schema/?format=json');
    expect(Object.keys(schema.json.paths)).not.toContain('/healthz');
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

  it('turn not ready (503) when the store does not answer, while the process stays live', async () => {
    t = await createTestApp();
    await t.closeStore();
    expect(await t.call('GET', '/readyz')).toMatchObject({ status: 503, json: { status: 'unavailable' } });
    expect((await t.call('GET', '/healthz')).status).toBe(200);
  });
});
