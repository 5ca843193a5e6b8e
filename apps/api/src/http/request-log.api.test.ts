import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../infra/logger.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A pino logger writing into an array of parsed JSON lines. */
function capturingLogger(level = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  let raw = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      raw += chunk.toString('utf8');
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { log: createLogger({ level, destination }), lines, raw: () => raw };
}

describe('request logs', () => {
  it('write one JSON line per request with its id, method, path, status and duration, and nothing secret', async () => {
    const capture = capturingLogger();
    t = await createTestApp({ env: { LOG_REQUESTS: 'True' }, log: capture.log });
    const { access } = await t.registerUser({ email: 'logged@example.com', password: 'LoggedPass123!' });
    capture.lines.length = 0;
    const answer = await t.call('GET', '/api/applications/?page=1&token=query-secret', {
      token: access,
      headers: { Cookie: 'jt_session=cookie-secret', 'X-Request-Id': 'trace-123' },
    });
    expect(answer.status).toBe(200);
    expect(capture.lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'request', req_id: 'trace-123', method: 'GET', path: '/api/applications/', status: 200, duration_ms: expect.any(Number) }),
    ]);
    await t.call('POST', '/api/auth/login/', { body: { email: 'logged@example.com', password: 'LoggedPass123!' } });
    expect(capture.lines.at(-1)).toMatchObject({ method: 'POST', path: '/api/auth/login/', status: 200 });
    expect(capture.raw()).not.toMatch(/query-secret|cookie-secret|LoggedPass123|Bearer|ey[A-Za-z0-9_-]{10,}/);
  });

  it('are off unless LOG_REQUESTS is on; health probes are logged at debug level only', async () => {
    const quiet = capturingLogger();
    t = await createTestApp({ log: quiet.log });
    await t.call('GET', '/healthz');
    await t.call('GET', '/api/');
    expect(quiet.lines).toEqual([]);
    await t.close();

    const debug = capturingLogger('debug');
    t = await createTestApp({ env: { LOG_REQUESTS: 'True' }, log: debug.log });
    await t.call('GET', '/readyz');
    expect(debug.lines).toEqual([expect.objectContaining({ level: 20, path: '/readyz', status: 200 })]);
  });

  it('log internal errors with the request id, for the operator only', async () => {
    const capture = capturingLogger();
    t = await createTestApp({ log: capture.log });
    const { access } = await t.registerUser();
    await t.closeStore();
    const answer = await t.call('GET', '/api/auth/user/', { token: access, headers: { 'X-Request-Id': 'failing-1' } });
    expect(answer.json).toEqual({ detail: 'A server error occurred.' });
    expect(capture.lines).toEqual([expect.objectContaining({ level: 50, msg: 'internal error', req_id: 'failing-1', path: '/api/auth/user/', err: expect.objectContaining({ message: expect.any(String) }) })]);
  });
});
