import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let root: string;
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
const INDEX = `<!doctype html><div id="root"></div>${'<!-- padding -->'.repeat(100)}`;

/** A build as Vite writes it: hashed assets under assets/, and .br/.gz copies of sizeable files. */
function writeBuild(dir: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  const files: Record<string, string> = { 'index.html': INDEX, 'assets/app-123.js': SCRIPT, 'assets/tiny-456.js': 'console.log(1)' };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const name of ['index.html', 'assets/app-123.js']) {
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(files[name]!));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(files[name]!));
  }
}

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'jobtracker-web-'));
  root = join(parent, 'dist');
  writeBuild(root);
  writeFileSync(join(parent, 'secret.txt'), 'outside the web root');
  t = await createTestApp({ webRoot: `${root}/` });
});
afterAll(async () => {
  await t.close();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

/** Raw bytes and headers, undecoded (test-app's `call` reads text). */
async function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await t.app.request(path, { method, headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('the web app at /', () => {
  it('serves index.html, hashed assets with long caching, and index.html for client routes', async () => {
    const index = await t.call('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const asset = await t.call('GET', '/assets/app-123.js');
    expect(asset.text).toBe(SCRIPT);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const route of ['/applications/42', '/board', '/applications?status=applied']) {
      const page = await t.call('GET', route);
      expect(page.text).toBe(INDEX);
      expect(page.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('sends the pre-compressed copy the client accepts, brotli first, with its own length', async () => {
    const br = await raw('/assets/app-123.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(br.headers.get('content-length')).toBe(String(br.bytes.length));
    expect(br.headers.get('cache-control')).toContain('immutable');
    expect(brotliDecompressSync(br.bytes).toString()).toBe(SCRIPT);

    const gzip = await raw('/assets/app-123.js', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gzip.bytes).toString()).toBe(SCRIPT);

    const fallback = await raw('/board', { 'Accept-Encoding': 'br' });
    expect(fallback.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(fallback.bytes).toString()).toBe(INDEX);
  });

  it('sends the file as it is to a client that accepts no encoding, and leaves small files alone', async () => {
    const plain = await raw('/assets/app-123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.bytes.toString()).toBe(SCRIPT);
    expect(plain.headers.get('content-length')).toBe(String(Buffer.byteLength(SCRIPT)));
    const tiny = await raw('/assets/tiny-456.js', { 'Accept-Encoding': 'gzip, br' });
    expect(tiny.headers.get('content-encoding')).toBeNull();
    expect(tiny.bytes.toString()).toBe('console.log(1)');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await raw('/assets/app-123.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(head.bytes.length).toBe(0);
  });

  it('keeps JSON 404s under /api, /trpc and /media, and for missing files', async () => {
    for (const path of ['/api/nope/', '/media', '/media/x', '/assets/missing-789.js', '/assets/app-123.js.br', '/favicon.ico']) {
      const res = await t.call('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/json');
      expect(res.json, path).toEqual({ detail: 'Not found.' });
    }
    // Under /media/uploads/ authentication comes first, as ever.
    expect((await t.call('GET', '/media/uploads')).json).toEqual({ detail: 'Authentication credentials were not provided.' });
    const trpc = await t.call('GET', '/trpc/nope');
    expect(trpc.status).toBe(404);
    expect(trpc.json.error.data.code).toBe('NOT_FOUND');
    expect((await t.call('POST', '/board')).status).toBe(404);
  });

  it('never serves a file outside the web root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/missing.js', '/%E0%A4%A']) {
      const res = await t.call('GET', path);
      expect(res.text).not.toContain('outside the web root');
      expect(res.status === 404 || res.text === INDEX).toBe(true);
    }
  });
});
