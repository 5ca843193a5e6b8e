import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { compressResponses, jsonCompression } from './compression.js';
import { createResponseHeaders, type ResponseHeaderOptions } from './response-headers.js';

/** One app, two routes answering the same JSON: one as any route does (the middlewares add the
 * headers), one finished by the route itself. Both must reach the client alike. */
function appWith(options: ResponseHeaderOptions) {
  const headers = createResponseHeaders(options);
  const app = new Hono();
  app.use(headers.middleware);
  app.use(compressResponses());
  const answer = (size: number) => Buffer.from(JSON.stringify({ text: 'x'.repeat(size) }));
  app.get('/plain/:size', (c) => {
    const body = answer(Number(c.req.param('size')));
    return c.body(body, 200, { 'Content-Type': 'application/json', 'Content-Length': String(body.byteLength) });
  });
  app.get('/finished/:size', (c) => {
    const body = answer(Number(c.req.param('size')));
    const routeHeaders: Record<string, string> = { 'Content-Type': 'application/json', 'Content-Length': String(body.byteLength) };
    const compression = jsonCompression(c, body.byteLength);
    if (compression.compress) return c.body(body, 200, routeHeaders);
    if (compression.vary) routeHeaders['Vary'] = 'Accept-Encoding';
    return headers.finishedJsonResponse(c, body, 200, routeHeaders);
  });
  return app;
}

async function snapshot(response: Response) {
  return { status: response.status, headers: [...response.headers], body: Buffer.from(await response.arrayBuffer()).toString('base64') };
}

describe('answers finished by the route', () => {
  const variants: Array<[string, ResponseHeaderOptions, Record<string, string>]> = [
    ['no origin', { corsAllowedOrigins: ['http://localhost:5173'], hsts: true, servedBy: null }, {}],
    ['an allowed origin', { corsAllowedOrigins: ['http://localhost:5173'], hsts: false, servedBy: '123' }, { Origin: 'http://localhost:5173' }],
    ['another origin', { corsAllowedOrigins: ['http://localhost:5173'], hsts: true, servedBy: null }, { Origin: 'http://evil.example' }],
    ['a client request id', { corsAllowedOrigins: [], hsts: true, servedBy: null }, { 'X-Request-Id': 'client-id-1' }],
    ['gzip accepted', { corsAllowedOrigins: ['http://localhost:5173'], hsts: true, servedBy: null }, { 'Accept-Encoding': 'gzip', Origin: 'http://localhost:5173' }],
  ];
  for (const [name, options, requestHeaders] of variants) {
    for (const size of [10, 5000]) {
      it(`get the headers any answer gets: ${name}, ${size} bytes`, async () => {
        const app = appWith(options);
        const headers = { ...requestHeaders, 'X-Request-Id': requestHeaders['X-Request-Id'] ?? 'fixed-for-comparison' };
        const plain = await snapshot(await app.request(`/plain/${size}`, { headers }));
        const finished = await snapshot(await app.request(`/finished/${size}`, { headers }));
        expect(finished).toEqual(plain);
        expect(plain.headers.map(([header]) => header)).toContain('content-security-policy');
      });
    }
  }
});
