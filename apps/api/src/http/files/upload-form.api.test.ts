/** How an upload body is read: field order, several `file` parts (the last wins), malformed and
 * oversized bodies, and that the file part streams to the staging area while the body arrives;
 * and the deletes that remove files. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const enc = new TextEncoder();
const PDF = enc.encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const TEXT = enc.encode('Hello, this is my resume.\n');
const FIVE_MIB = 5 * 1024 * 1024;
const BOUNDARY = '----jobtrackerFormBoundary0123456789';
const MULTIPART = { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` };

type Part = { name: string; value: string } | { name: string; filename: string; bytes: Uint8Array };

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A multipart body with its parts in exactly the given order. */
function multipart(parts: Part[], options: { close?: boolean } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(enc.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`));
    } else {
      chunks.push(
        enc.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        part.bytes,
        enc.encode('\r\n'),
      );
    }
  }
  if (options.close !== false) chunks.push(enc.encode(`--${BOUNDARY}--\r\n`));
  return concat(chunks);
}

let t: TestApp;
let alice: Awaited<ReturnType<TestApp['registerUser']>>;

/** Everything in the file store (files under MEDIA_ROOT, or GridFS documents). */
const allFiles = () => t.media.entries();
const upload = (body: Uint8Array, headers: Record<string, string> = MULTIPART, path = '/api/applications/upload/') =>
  t.call('POST', path, { token: alice.access, rawBody: body, headers });

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.registerUser();
});
afterAll(async () => {
  await t.close();
});

describe('the upload form', () => {
  it.each([
    ['before', [{ name: 'file_type', value: 'resume' }, { name: 'file', filename: 'cv.pdf', bytes: PDF }]],
    ['after', [{ name: 'file', filename: 'cv.pdf', bytes: PDF }, { name: 'file_type', value: 'resume' }]],
  ] as const)('takes file_type %s the file', async (_, parts) => {
    const res = await upload(multipart([...parts]));
    expect(res.status).toBe(201);
    expect(res.json.file_path).toMatch(new RegExp(`^uploads/${alice.user.id}/resume/`));
  });

  it('keeps the last file part and leaves nothing of the earlier ones', async () => {
    const before = await allFiles();
    const res = await upload(
      multipart([
        { name: 'file', filename: 'first.pdf', bytes: PDF },
        { name: 'file', filename: 'second.txt', bytes: TEXT },
        { name: 'note', value: 'ignored' },
      ]),
    );
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ filename: 'second.txt', file_type: 'txt', file_size: TEXT.length });
    expect(await t.media.read(res.json.file_path)).toEqual(Buffer.from(TEXT));
    // One stored file (on disk with its display name), nothing else.
    const stored = await t.media.entriesOf(res.json.file_path);
    expect(stored.length).toBeGreaterThan(0);
    expect(await allFiles()).toHaveLength(before.length + stored.length);
    expect((await allFiles()).filter((entry) => !before.includes(entry))).toEqual(stored);
    expect(await t.media.staged()).toEqual([]);
  });

  it('lets a later good file replace an oversized one, and an oversized last file fail', async () => {
    const big = new Uint8Array(FIVE_MIB + 1).fill(0x61);
    const replaced = await upload(multipart([{ name: 'file', filename: 'big.txt', bytes: big }, { name: 'file', filename: 'small.txt', bytes: TEXT }]));
    expect(replaced.status).toBe(201);
    expect(replaced.json.filename).toBe('small.txt');

    const before = (await allFiles()).length;
    const last = await upload(multipart([{ name: 'file', filename: 'small.txt', bytes: TEXT }, { name: 'file', filename: 'big.txt', bytes: big }]));
    expect(last.status).toBe(400);
    expect(last.json).toEqual({ errors: ['File size exceeds 5MB limit'] });
    expect(await allFiles()).toHaveLength(before);
  });

  it('does not take a text field named file for the file, nor a file part under another name', async () => {
    const text = await upload(multipart([{ name: 'file', filename: 'cv.pdf', bytes: PDF }, { name: 'file', value: 'just text' }]));
    expect(text.status).toBe(201);
    expect(text.json.filename).toBe('cv.pdf');
    const other = await upload(multipart([{ name: 'attachment', filename: 'cv.pdf', bytes: PDF }]));
    expect(other.status).toBe(400);
    expect(other.json).toEqual({ error: 'No file provided' });
  });

  it('answers a large part it skips (a bare line break in its file name) instead of leaving the request unanswered', async () => {
    // The parser skips such a part; given the part's data in 64 KiB chunks, @fastify/busboy used
    // to stop calling back when one write filled the part's 16 KiB buffer and also ended the part:
    // the last chunk here holds 32 KiB of the part and the closing boundary.
    const body = concat([
      enc.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="cv\n.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      new Uint8Array(1024 * 1024 + 32 * 1024).fill(0x61),
      enc.encode(`\r\n--${BOUNDARY}--\r\n`),
    ]);
    // The header arrives split over two chunks, as it may from a network.
    const headerEnd = 100;
    for (const path of ['/api/applications/upload/', '/api/account/restore/']) {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(body.slice(0, headerEnd));
          for (let offset = headerEnd; offset < body.length; offset += 64 * 1024) controller.enqueue(body.slice(offset, offset + 64 * 1024));
          controller.close();
        },
      });
      const init = { method: 'POST', body: stream, headers: { ...MULTIPART, Authorization: `Bearer ${alice.access}` }, duplex: 'half' } as RequestInit;
      const res = await t.app.request(path, init);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'No file provided' });
    }
  }, 20_000);

  it.each([
    ['no boundary', multipart([{ name: 'file', filename: 'cv.pdf', bytes: PDF }]), { 'Content-Type': 'multipart/form-data' }],
    ['no closing boundary', multipart([{ name: 'file', filename: 'cv.pdf', bytes: PDF }], { close: false }), MULTIPART],
    ['a body that is not multipart', enc.encode('hello there'), MULTIPART],
    ['an empty body', new Uint8Array(0), MULTIPART],
  ])('answers a malformed body (%s) with 400 and leaves nothing', async (_, body, headers) => {
    const before = (await allFiles()).length;
    for (const path of ['/api/applications/upload/', '/api/applications/upload-resume/']) {
      const res = await upload(body, headers, path);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ detail: 'Multipart form parse error - Invalid boundary in multipart' });
    }
    expect(await allFiles()).toHaveLength(before);
  });

  it('answers a streamed body over the limit with 413 and leaves nothing', async () => {
    const before = (await allFiles()).length;
    const body = multipart([{ name: 'file', filename: 'huge.txt', bytes: new Uint8Array(13 * 1024 * 1024).fill(0x61) }]);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < body.length; offset += 256 * 1024) controller.enqueue(body.slice(offset, offset + 256 * 1024));
        controller.close();
      },
    });
    // Node's fetch needs `duplex` for streamed bodies; RequestInit's type does not list it.
    const init = { method: 'POST', body: stream, headers: { ...MULTIPART, Authorization: `Bearer ${alice.access}` }, duplex: 'half' } as RequestInit;
    const res = await t.app.request('/api/applications/upload/', init);
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toEqual({ detail: 'Request body is too large.' });
    expect(await allFiles()).toHaveLength(before);
  });

  it('refuses more than 100 file parts as malformed and leaves nothing', async () => {
    const before = (await allFiles()).length;
    const parts = Array.from({ length: 101 }, (_, n) => ({ name: 'file', filename: `part-${n}.txt`, bytes: TEXT }));
    const res = await upload(multipart(parts));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ detail: 'Multipart form parse error - Invalid boundary in multipart' });
    expect(await allFiles()).toHaveLength(before);
  });

  it('streams the file part into the staging area while the body is still arriving', async () => {
    const MIB = 1024 * 1024;
    const [head, tail] = [
      enc.encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="streamed.txt"\r\n\r\n`),
      enc.encode(`\r\n--${BOUNDARY}--\r\n`),
    ];
    let body!: ReadableStreamDefaultController<Uint8Array>;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        body = controller;
      },
    });
    const init = { method: 'POST', body: stream, headers: { ...MULTIPART, Authorization: `Bearer ${alice.access}` }, duplex: 'half' } as RequestInit;
    const answer = t.app.request('/api/applications/upload/', init);
    body.enqueue(head);
    body.enqueue(new Uint8Array(MIB).fill(0x61));

    // The first MiB is stored (bar the parser's look-behind for the boundary, and in GridFS a chunk
    // not yet full) before the rest is sent.
    const staged = () => t.media.staged();
    while (!(await staged()).some((size) => size >= MIB - t.media.stagingSlack)) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await staged()).toHaveLength(1);

    body.enqueue(new Uint8Array(MIB).fill(0x62));
    body.enqueue(tail);
    body.close();
    const res = await answer;
    expect(res.status).toBe(201);
    const file = (await res.json()) as { file_path: string; file_size: number };
    expect(file.file_size).toBe(2 * MIB);
    expect((await t.media.read(file.file_path))?.length).toBe(2 * MIB);
    expect(await t.media.staged()).toEqual([]);
  }, 30_000);
});

describe('deletes that take files with them', () => {
  async function attached(name: string) {
    const created = await t.call('POST', '/api/applications/', { token: alice.access, body: { company: { name: 'Acme' }, job: { title: 'Engineer' } } });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    const res = await upload(multipart([{ name: 'file', filename: name, bytes: PDF }]), MULTIPART, `/api/applications/${id}/attach/`);
    expect(res.status).toBe(201);
    return { id, key: res.json.file.file_path as string };
  }

  it('DELETE /api/applications/{id}/ removes the attachment files and still answers 204 with no body', async () => {
    const first = await attached('one.pdf');
    const res = await t.call('DELETE', `/api/applications/${first.id}/`, { token: alice.access });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(await t.media.exists(first.key)).toBe(false);
    expect((await t.call('GET', `/media/${first.key}`, { token: alice.access })).status).toBe(404);
  });

  it('logs a file it could not remove instead of failing the delete', async () => {
    const file = await attached('stuck.pdf');
    const release = await t.media.jam(file.key);
    const warn = vi.spyOn(t.deps.log, 'warn').mockImplementation(() => undefined);
    try {
      const res = await t.call('DELETE', `/api/applications/${file.id}/`, { token: alice.access });
      expect(res.status).toBe(204);
      expect(warn).toHaveBeenCalledWith(`application delete: could not remove 1 file(s): ${file.key}`);
    } finally {
      warn.mockRestore();
      release();
    }
  });
});
