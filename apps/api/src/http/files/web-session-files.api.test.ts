/** The file operations the web app uses (resume upload, attach, the applications CSV and PDF,
 * media downloads) with its HttpOnly session cookie: accepted from our own origin, refused (403,
 * nothing stored) from anywhere else; GET downloads need no origin. Bearer clients see exactly
 * what they saw before, whatever cookie comes along, and no other route takes the cookie. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const HOST = 'tracker.example';
const ORIGIN = `https://${HOST}`;
const TEXT = new TextEncoder().encode('Hello, this is my resume.\n');
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

let t: TestApp;
let alice: Awaited<ReturnType<TestApp['registerUser']>>;
let bob: Awaited<ReturnType<TestApp['registerUser']>>;
let cookie: string;
let applicationId: string;

async function sessionCookie(email: string, password: string): Promise<string> {
  const login = await t.app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Host: HOST, Origin: ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  const value = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(value).toMatch(/^jt_session=/);
  return value;
}

function form(bytes: Uint8Array, name: string): FormData {
  const data = new FormData();
  data.append('file', new File([bytes], name, { type: 'application/octet-stream' }));
  return data;
}

async function send(method: string, path: string, headers: Record<string, string>, body?: FormData) {
  const response = await t.app.request(path, { method, headers: { Host: HOST, ...headers }, ...(body ? { body } : {}) });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, bytes, text, json };
}

const storedFiles = () => {
  try {
    return readdirSync(join(t.dir, 'media'), { recursive: true }).length;
  } catch {
    return 0;
  }
};

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.registerUser();
  bob = await t.registerUser();
  cookie = await sessionCookie(alice.email, alice.password);
  const created = await t.call('POST', '/api/applications/', {
    token: alice.access,
    body: { company: { name: 'Acme' }, job: { title: 'Engineer' }, application: { status: 'interview' } },
  });
  applicationId = created.json.id;
  await t.call('POST', '/api/applications/', { token: alice.access, body: { company: { name: 'Globex' }, job: { title: 'Analyst' } } });
});
afterAll(async () => {
  await t.close();
});

describe('the web session cookie on file routes', () => {
  it('uploads a resume from our own origin (Origin or Sec-Fetch-Site), and the profile points at it', async () => {
    const viaOrigin = await send('POST', '/api/applications/upload-resume/', { Cookie: cookie, Origin: ORIGIN }, form(TEXT, 'cv.txt'));
    expect(viaOrigin.status).toBe(201);
    expect(viaOrigin.json.message).toBe('Resume uploaded successfully');
    const viaFetchMetadata = await send('POST', '/api/applications/upload-resume/', { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' }, form(PDF, 'cv.pdf'));
    expect(viaFetchMetadata.status).toBe(201);
    const me = await t.call('GET', '/api/auth/user/', { token: alice.access });
    expect(me.json.resume_url).toBe(viaFetchMetadata.json.file.file_url);
    const download = await send('GET', me.json.resume_url, { Cookie: cookie });
    expect(download.status).toBe(200);
    expect(download.bytes.equals(Buffer.from(PDF))).toBe(true);
  });

  it('attaches a file to an application from our own origin', async () => {
    const attached = await send('POST', `/api/applications/${applicationId}/attach/`, { Cookie: cookie, Origin: ORIGIN }, form(PDF, 'offer.pdf'));
    expect(attached.status).toBe(201);
    expect(attached.json.message).toBe('File attached successfully');
    const application = await t.call('GET', `/api/applications/${applicationId}/`, { token: alice.access });
    expect(application.json.attachments.map((file: { filename: string }) => file.filename)).toContain('offer.pdf');
  });

  it.each([
    ['another origin', { Origin: 'https://evil.example' }],
    ['a sibling port', { Origin: `https://${HOST}:8443` }],
    ['an opaque origin', { Origin: 'null' }],
    ['a cross-site fetch without Origin', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a same-site fetch without Origin', { 'Sec-Fetch-Site': 'same-site' }],
    ['no origin information at all', {}],
  ])('refuses a cookie upload from %s with 403, storing nothing', async (_name, headers) => {
    const before = storedFiles();
    for (const path of ['/api/applications/upload-resume/', `/api/applications/${applicationId}/attach/`]) {
      const refused = await send('POST', path, { Cookie: cookie, ...headers }, form(TEXT, 'csrf.txt'));
      expect(refused.status).toBe(403);
      expect(refused.json).toEqual({ detail: 'Cross-site request refused.' });
    }
    expect(storedFiles()).toBe(before);
  });

  it('downloads the CSV and PDF exports with the cookie, filters applied', async () => {
    const csv = await send('GET', '/api/analytics/export/applications/csv/?status=interview&company=acm', { Cookie: cookie });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv');
    const rows = csv.text.trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^Acme,Engineer,interview,/);
    const pdf = await send('GET', '/api/analytics/export/applications/pdf/?status=interview', { Cookie: cookie });
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps every other route Bearer-only', async () => {
    expect((await send('POST', '/api/applications/upload/', { Cookie: cookie, Origin: ORIGIN }, form(TEXT, 'x.txt'))).status).toBe(401);
    expect((await send('GET', '/api/analytics/export/companies/csv/', { Cookie: cookie })).status).toBe(401);
    expect((await send('GET', '/api/analytics/export/analytics/csv/', { Cookie: cookie })).status).toBe(401);
    expect((await send('GET', '/api/applications/', { Cookie: cookie })).status).toBe(401);
  });

  it('never changes what a client with an Authorization header sees', async () => {
    const path = '/api/analytics/export/applications/csv/';
    for (const authorization of ['Bearer not-a-token', 'Basic YWxpY2U6c2VjcmV0', 'Bearer']) {
      const without = await send('GET', path, { Authorization: authorization });
      const withCookie = await send('GET', path, { Authorization: authorization, Cookie: cookie });
      expect(withCookie.status).toBe(without.status);
      expect(withCookie.text).toBe(without.text);
      expect([...withCookie.headers].filter(([name]) => name !== 'x-request-id')).toEqual([...without.headers].filter(([name]) => name !== 'x-request-id'));
    }
    // Bob's token with Alice's cookie is Bob, and a cross-site Origin does not matter to a token.
    const asBob = await send('GET', path, { Authorization: `Bearer ${bob.access}`, Cookie: cookie });
    expect(asBob.text.trim().split('\r\n')).toHaveLength(1);
    const bearerUpload = await send('POST', '/api/applications/upload-resume/', { Authorization: `Bearer ${bob.access}`, Cookie: cookie, Origin: 'https://evil.example' }, form(TEXT, 'bob.txt'));
    expect(bearerUpload.status).toBe(201);
    expect((await t.call('GET', '/api/auth/user/', { token: bob.access })).json.resume_url).toBe(bearerUpload.json.file.file_url);
  });

  it('answers a signed-out or unknown cookie with 401', async () => {
    const unknown = await send('GET', '/api/analytics/export/applications/csv/', { Cookie: 'jt_session=abcdefghijklmnopqrstuvwxyz234567' });
    expect(unknown.status).toBe(401);
  });
});
