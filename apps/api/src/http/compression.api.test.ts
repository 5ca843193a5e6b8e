/** Compression by Accept-Encoding: JSON (REST and tRPC) and the streamed CSV export are gzipped
 * for clients that ask and decompress to the very bytes a client that does not ask receives;
 * small bodies, PDFs and HEAD answers are left alone. */
import { anApplication } from '@jobtracker/core/testing';
import { gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await createTestApp();
  const user = await t.registerUser();
  token = user.access;
  // Enough rows for a list page well over the threshold and a CSV of many 64 KiB chunks.
  for (let index = 0; index < 1500; index += 1) {
    await t.deps.applications.create(
      anApplication(user.user.id, { id: index.toString(16).padStart(24, '0'), notes: `Row ${index} ${'n'.repeat(200)}` }),
    );
  }
});
afterAll(async () => {
  await t.close();
});

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await t.app.request(path, { method, headers: { Authorization: `Bearer ${token}`, ...headers } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('compression', () => {
  it('gzips REST JSON for a client that asks; the body decompresses to the identity bytes', async () => {
    const path = '/api/applications/?page_size=100';
    const plain = await get(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe(String(plain.bytes.length));
    const gzipped = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toContain('Accept-Encoding');
    expect(gzipped.headers.get('content-length')).toBeNull();
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 5);
    expect(gunzipSync(gzipped.bytes).equals(plain.bytes)).toBe(true);
    const deflated = await get(path, { 'Accept-Encoding': 'deflate' });
    expect(deflated.headers.get('content-encoding')).toBe('deflate');
    expect(inflateSync(deflated.bytes).equals(plain.bytes)).toBe(true);
  });

  it('honours q=0, and leaves small bodies, HEAD and errors under the threshold as they are', async () => {
    const refused = await get('/api/applications/?page_size=100', { 'Accept-Encoding': 'gzip;q=0, identity' });
    expect(refused.headers.get('content-encoding')).toBeNull();
    const small = await get('/api/auth/user/', { 'Accept-Encoding': 'gzip' });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(small.bytes.toString()).email).toContain('@example.com');
    const head = await get('/api/applications/?page_size=100', { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(head.headers.get('content-encoding')).toBeNull();
    const notFound = await get('/api/nope/', { 'Accept-Encoding': 'gzip' });
    expect(notFound.headers.get('content-encoding')).toBeNull();
    expect(notFound.bytes.toString()).toBe('{"detail":"Not found."}');
  });

  it('keeps the CSV export streamed when it compresses it, with the same rows', async () => {
    const path = '/api/analytics/export/applications/csv/';
    const plain = await get(path);
    expect(plain.headers.get('content-length')).toBeNull();
    expect(plain.bytes.length).toBeGreaterThan(5 * 64 * 1024);
    const response = await t.app.request(path, { headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="applications_\d{8}\.csv"$/);
    let chunks = 0;
    const parts: Buffer[] = [];
    for await (const chunk of response.body!) {
      chunks += 1;
      parts.push(Buffer.from(chunk));
    }
    expect(chunks).toBeGreaterThan(1);
    expect(gunzipSync(Buffer.concat(parts)).equals(plain.bytes)).toBe(true);
  });

  it('does not compress the PDF report (already compressed)', async () => {
    const pdf = await get('/api/analytics/export/applications/pdf/?status=rejected', { 'Accept-Encoding': 'gzip' });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-encoding')).toBeNull();
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gzips tRPC answers too', async () => {
    const input = encodeURIComponent(JSON.stringify({ page_size: 100 }));
    const response = await get(`/trpc/applications.list?input=${input}`, { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.bytes).toString()).result.data.count).toBe(1500);
  });
});
