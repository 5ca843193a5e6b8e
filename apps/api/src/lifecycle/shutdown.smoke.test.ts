/** SIGTERM while the built server (Node and Bun, one process and WORKERS=2) is under load from
 * keep-alive clients: every request sent before the signal is answered with success (the slow
 * upload still streaming at the signal included), new connections are refused, and the process
 * (with WORKERS=2 the primary, after both workers drained) exits 0 soon after the requests in
 * flight end, though the clients keep sending. */
import { Agent, request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../testing/spawn-server.js';

const LOOPS = 12;
/** The load goes on this long after the signal unless the server stops answering first: a
 * shutdown that waited for keep-alive clients to go quiet would take longer than that. */
const LOAD_AFTER_SIGNAL_MS = 12_000;
const BOUNDARY = '----jobtrackerShutdownBoundary';
let server: SpawnedServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

type Outcome = { sentAt: number; status?: number; servedBy?: string; error?: string };

/** One request on the shared keep-alive agent; `body` may be a function writing it slowly. */
function send(
  agent: Agent,
  options: { method: string; path: string; token: string; headers?: Record<string, string>; body?: string | ((write: (chunk: string) => void, end: () => void) => void) },
): Promise<Outcome> {
  const sentAt = performance.now();
  return new Promise((resolve) => {
    const req = request(
      `${server!.baseUrl}${options.path}`,
      { method: options.method, agent, headers: { Authorization: `Bearer ${options.token}`, ...options.headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ sentAt, status: res.statusCode ?? 0, servedBy: String(res.headers['x-served-by']) }));
        res.on('error', (error) => resolve({ sentAt, error: error.message }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ sentAt, error: error.code ?? error.message }));
    if (typeof options.body === 'function') options.body((chunk) => req.write(chunk), () => req.end());
    else req.end(options.body);
  });
}

const applicationBody = (n: number) =>
  JSON.stringify({ company: { name: `Shutdown ${n}` }, job: { title: 'Engineer' }, application: { status: 'applied' } });

/** A multipart upload whose file arrives in 10 pieces over about a second. */
function slowUpload(write: (chunk: string) => void, end: () => void): void {
  write(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\nContent-Type: text/plain\r\n\r\n`);
  let pieces = 0;
  const timer = setInterval(() => {
    write('slowly arriving text\n'.repeat(50));
    if (++pieces < 10) return;
    clearInterval(timer);
    write(`\r\n--${BOUNDARY}--\r\n`);
    end();
  }, 100);
}

const SHAPES = [
  { runtime: 'node', workers: 1 },
  { runtime: 'bun', workers: 1 },
  { runtime: 'node', workers: 2 },
  { runtime: 'bun', workers: 2 },
] as const;

describe.each(SHAPES)('SIGTERM under load ($runtime, WORKERS=$workers)', ({ runtime, workers }) => {
  it('answers every request sent before the signal, refuses new connections, exits 0', async () => {
    server = await spawnServer({
      runtime,
      env: { DEBUG: 'False', WORKERS: String(workers), SERVED_BY_HEADER: 'True', JWT_SECRET_KEY: 'shutdown-test-signing-key-long-enough-for-hs256' },
    });
    const credentials = { email: 'shutdown@example.com', password: 'SecurePass123!' };
    const registered = await fetch(`${server.baseUrl}/api/auth/register/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...credentials, password_confirm: credentials.password, first_name: 'S', last_name: 'D' }),
    });
    const token = ((await registered.json()) as { tokens: { access: string } }).tokens.access;

    const agent = new Agent({ keepAlive: true, maxSockets: LOOPS + 2 });
    const outcomes: Outcome[] = [];
    let signalled = false;
    let counter = 0;
    const loop = async (index: number) => {
      // Each loop goes on until the server stops answering it.
      for (;;) {
        const n = counter++;
        const outcome =
          n % 3 === 0
            ? await send(agent, { method: 'POST', path: '/api/applications/', token, headers: { 'Content-Type': 'application/json' }, body: applicationBody(n) })
            : await send(agent, { method: 'GET', path: index % 2 ? '/api/applications/?page_size=20' : '/api/analytics/dashboard/', token });
        outcomes.push(outcome);
        if (signalled && (outcome.error || outcome.status === undefined)) return;
        if (signalled && performance.now() - signalAt > LOAD_AFTER_SIGNAL_MS) return;
      }
    };
    let signalAt = Infinity;
    const loops = Array.from({ length: LOOPS }, (_, index) => loop(index));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const upload = send(agent, { method: 'POST', path: '/api/applications/upload/', token, headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` }, body: slowUpload });
    await new Promise((resolve) => setTimeout(resolve, 300));

    signalAt = performance.now();
    signalled = true;
    const ended = server.signal('SIGTERM').then((end) => ({ ...end, afterMs: performance.now() - signalAt }));
    const uploaded = await upload;
    const { afterMs, ...end } = await ended;
    await Promise.all(loops);
    agent.destroy();

    const beforeSignal = outcomes.filter((outcome) => outcome.sentAt < signalAt);
    expect(beforeSignal.length).toBeGreaterThan(LOOPS);
    expect(beforeSignal.filter((outcome) => !outcome.status || outcome.status >= 300)).toEqual([]);
    expect(uploaded).toMatchObject({ status: 201 });
    expect(end).toEqual({ code: 0, signal: null });
    expect(afterMs).toBeLessThan(LOAD_AFTER_SIGNAL_MS / 2);
    expect(server.output()).toMatch(/"msg":"SIGTERM: shutting down"[\s\S]*"msg":"stopped"/);
    if (workers > 1) {
      // Both workers served, each drained and stopped by itself, and none was started in their place.
      const servedBy = new Set(beforeSignal.map((outcome) => outcome.servedBy));
      expect(servedBy.size).toBe(workers);
      for (const pid of servedBy) expect(() => process.kill(Number(pid), 0)).toThrow(/ESRCH/);
      expect(server.output().match(/"msg":"stopped"/g), server.output()).toHaveLength(workers);
      expect(server.output()).toContain('SIGTERM: stopping 2 worker(s)');
      expect(server.output()).not.toContain('starting another');
    }
    await expect(fetch(`${server.baseUrl}/healthz`)).rejects.toThrow();
  }, 60_000);
});
