import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const FILE_INFO_KEYS = ['filename', 'original_name', 'file_path', 'file_url', 'file_size', 'file_type', 'uploaded_at'];
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const UPLOADED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$/;
const FIVE_MIB = 5 * 1024 * 1024;
const DOCUMENT_TYPES = '.pdf, .doc, .docx, .txt, .jpg, .jpeg, .png';
const RESUME_TYPES = '.pdf, .doc, .docx, .txt';

const enc = new TextEncoder();
const PDF = enc.encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const DOC = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const PE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);
const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);
const HTML = enc.encode('<!doctype html><html><script>alert(document.cookie)</script></html>');
const TEXT = enc.encode('Hello, this is my resume.\n');

/** A stored ZIP with the given entries (enough for the central-directory check). */
function zip(names: string[]): Uint8Array {
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
  const local: number[] = [];
  const central: number[] = [];
  for (const name of names) {
    const bytes = [...enc.encode(name)];
    const offset = local.length;
    local.push(...u32(0x04034b50), ...u16(20), 0, 0, 0, 0, 0, 0, 0, 0, ...u32(0), ...u32(0), ...u32(0), ...u16(bytes.length), 0, 0, ...bytes);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), 0, 0, 0, 0, 0, 0, 0, 0, ...u32(0), ...u32(0), ...u32(0), ...u16(bytes.length), 0, 0, 0, 0, 0, 0, 0, 0, ...u32(0), ...u32(offset), ...bytes);
  }
  return new Uint8Array([...local, ...central, ...u32(0x06054b50), 0, 0, 0, 0, ...u16(names.length), ...u16(names.length), ...u32(central.length), ...u32(local.length), 0, 0]);
}
const DOCX = zip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);

function form(file?: { bytes: Uint8Array; name: string; type?: string }, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  if (file) data.append('file', new File([file.bytes], file.name, { type: file.type ?? 'application/octet-stream' }));
  return data;
}

/** A hand-written multipart body, so the filename reaches the server byte for byte. */
function rawMultipart(filename: string, bytes: Uint8Array, contentType = 'application/octet-stream'): { body: Uint8Array; headers: Record<string, string> } {
  const boundary = '----jobtrackerTestBoundary7MA4YWxkTrZu0gW';
  const head = enc.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = enc.encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + bytes.length + tail.length);
  body.set(head);
  body.set(bytes, head.length);
  body.set(tail, head.length + bytes.length);
  return { body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

let t: TestApp;
let mediaRoot: string;
let alice: Awaited<ReturnType<TestApp['registerUser']>>;
let bob: Awaited<ReturnType<TestApp['registerUser']>>;

const uploadsOf = (userId: number, kind = 'document') => t.media.committed(`${userId}/${kind}`);
/** Everything in the file store: under MEDIA_ROOT uploads, temp files and the display-name
 * records; in GridFS every files and chunks document. */
const allFiles = () => t.media.entries();
const storedUploads = () => t.media.committed();

async function newApplication(userId: number): Promise<string> {
  const now = new Date();
  const id = t.deps.ids.objectId(now);
  await t.deps.applications.create({
    id,
    user_id: userId,
    company: { name: 'Acme' },
    job: { title: 'Engineer', currency: 'USD' },
    timeline: [],
    attachments: [],
    notes: '',
    is_favorite: false,
    created_at: now,
    updated_at: now,
  });
  return id;
}

const post = (path: string, token: string | undefined, body: FormData | Uint8Array | string, headers: Record<string, string> = {}) =>
  t.call('POST', path, { ...(token ? { token } : {}), rawBody: body as RequestInit['body'], headers });

beforeAll(async () => {
  t = await createTestApp();
  mediaRoot = resolve(t.dir, 'media');
  alice = await t.registerUser();
  bob = await t.registerUser();
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/applications/upload/', () => {
  it('stores the file under uploads/<user>/document/<uuid><ext> and answers 201 with FileInfo at the top level', async () => {
    const res = await post('/api/applications/upload/', alice.access, form({ bytes: TEXT, name: 'My Notes.TXT', type: 'text/plain' }));
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(FILE_INFO_KEYS);
    expect(res.json).toMatchObject({ filename: 'My Notes.TXT', original_name: 'My Notes.TXT', file_size: TEXT.length, file_type: 'txt' });
    expect(res.json.file_path).toMatch(new RegExp(`^uploads/${alice.user.id}/document/${UUID}\\.txt$`));
    expect(res.json.file_url).toBe(`/media/${res.json.file_path}`);
    expect(res.json.uploaded_at).toMatch(UPLOADED_AT);
    expect(await t.media.read(res.json.file_path)).toEqual(Buffer.from(TEXT));
  });

  it.each([
    ['report.pdf', PDF, 'pdf'],
    ['letter.doc', DOC, 'doc'],
    ['letter.docx', DOCX, 'docx'],
    ['photo.JPG', JPEG, 'jpg'],
    ['photo.jpeg', JPEG, 'jpeg'],
    ['scan.png', PNG, 'png'],
  ])('accepts %s whose bytes match its extension', async (name, bytes, fileType) => {
    const res = await post('/api/applications/upload/', alice.access, form({ bytes, name }));
    expect(res.status).toBe(201);
    expect(res.json.file_type).toBe(fileType);
    expect(res.json.file_path.endsWith(`.${fileType}`)).toBe(true);
  });

  it('takes the kind from the file_type field', async () => {
    const res = await post('/api/applications/upload/', alice.access, form({ bytes: PDF, name: 'cv.pdf' }, { file_type: 'resume' }));
    expect(res.status).toBe(201);
    expect(res.json.file_path).toMatch(new RegExp(`^uploads/${alice.user.id}/resume/${UUID}\\.pdf$`));
  });

  it('accepts urlencoded bodies but finds no file in them', async () => {
    const res = await post('/api/applications/upload/', alice.access, 'file=abc&file_type=resume', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'No file provided' });
  });

  it('refuses JSON with 415', async () => {
    const res = await post('/api/applications/upload/', alice.access, '{"file":"x"}', { 'Content-Type': 'application/json' });
    expect(res.status).toBe(415);
    expect(res.json).toEqual({ detail: 'Unsupported media type "application/json" in request.' });
  });

  it.each([
    [{ file_type: 'resume' }, 'photo.png', PNG, [`File type .png not allowed. Allowed types: ${RESUME_TYPES}`]],
    [{ file_type: 'avatar' }, 'cv.pdf', PDF, ['File type .pdf not allowed. Allowed types: ']],
    [{ file_type: '../../../tmp' }, 'cv.pdf', PDF, ['File type .pdf not allowed. Allowed types: ']],
    [{}, 'README', TEXT, [`File type  not allowed. Allowed types: ${DOCUMENT_TYPES}`]],
  ])('rejects %j with %s: no file is written', async (fields, name, bytes, errors) => {
    const before = (await allFiles()).length;
    const res = await post('/api/applications/upload/', alice.access, form({ bytes, name }, fields as Record<string, string>));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ errors });
    expect(await allFiles()).toHaveLength(before);
  });

  it('answers 405 for other methods, after auth', async () => {
    const res = await t.call('GET', '/api/applications/upload/', { token: alice.access });
    expect(res.status).toBe(405);
    expect(res.json).toEqual({ detail: 'Method "GET" not allowed.' });
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
    expect((await t.call('GET', '/api/applications/upload/')).status).toBe(401);
  });
});

describe('authentication comes first', () => {
  it.each(['/api/applications/upload/', '/api/applications/upload-resume/', '/api/applications/zzz/attach/'])('%s without a token: 401', async (path) => {
    const before = (await allFiles()).length;
    const res = await post(path, undefined, form({ bytes: PDF, name: 'cv.pdf' }));
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
    expect(await allFiles()).toHaveLength(before);
  });

  it('401 wins over 415 and bad tokens are refused', async () => {
    const json = await post('/api/applications/upload/', undefined, '{}', { 'Content-Type': 'application/json' });
    expect(json.status).toBe(401);
    const garbage = await post('/api/applications/upload/', 'garbage', form({ bytes: PDF, name: 'cv.pdf' }));
    expect(garbage.status).toBe(401);
    expect(garbage.json.code).toBe('token_not_valid');
  });
});

describe('upload attacks', () => {
  it.each([
    ['evil.exe', PE, 'application/x-msdownload', [`File type .exe not allowed. Allowed types: ${DOCUMENT_TYPES}`]],
    ['evil.pdf.exe', PE, 'application/pdf', [`File type .exe not allowed. Allowed types: ${DOCUMENT_TYPES}`]],
    ['invoice.pdf', PE, 'application/pdf', ['File content does not match the .pdf extension']],
    ['cat.png', ELF, 'image/png', ['File content does not match the .png extension']],
    ['page.pdf', HTML, 'application/pdf', ['File content does not match the .pdf extension']],
    ['page.png', HTML, 'image/png', ['File content does not match the .png extension']],
    ['notes.txt', PNG, 'text/plain', ['File content does not match the .txt extension']],
    ['notes.txt', PE, 'text/plain', ['File content does not match the .txt extension']],
    ['letter.docx', zip(['a.txt']), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ['File content does not match the .docx extension']],
    ['letter.doc', PDF, 'application/msword', ['File content does not match the .doc extension']],
    ['photo.jpg', PNG, 'image/jpeg', ['File content does not match the .jpg extension']],
  ])('%s (%s declared) is refused from its bytes', async (name, bytes, type, errors) => {
    const before = (await allFiles()).length;
    const res = await post('/api/applications/upload/', alice.access, form({ bytes, name, type }));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ errors });
    expect(await allFiles()).toHaveLength(before);
  });

  it('ignores a declared Content-Type that lies about a genuine file', async () => {
    const res = await post('/api/applications/upload/', alice.access, form({ bytes: PDF, name: 'cv.pdf', type: 'application/x-msdownload' }));
    expect(res.status).toBe(201);
  });

  it.each([
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['..\\..\\windows\\win.ini.txt', 'win.ini.txt'],
    ['a/b\\c.pdf', 'c.pdf'],
    ['nul\u0000byte.txt', 'nulbyte.txt'],
    ['tab\there.txt', 'tabhere.txt'],
    ['résumé 東京.pdf', 'résumé 東京.pdf'],
  ])('filename %j is kept only as data (%j) and never names the stored file', async (name, expected) => {
    const bytes = name.endsWith('.pdf') ? PDF : TEXT;
    const { body, headers } = rawMultipart(name, bytes);
    const before = (await storedUploads()).length;
    const res = await post('/api/applications/upload/', alice.access, body, headers);
    expect(res.status).toBe(201);
    expect(res.json.filename).toBe(expected);
    expect(res.json.original_name).toBe(expected);
    expect(res.json.file_path).toMatch(new RegExp(`^uploads/${alice.user.id}/document/${UUID}\\.(pdf|txt)$`));
    expect(await storedUploads()).toHaveLength(before + 1);
    // Nothing anywhere in the temp dir but the database and MEDIA_ROOT's own files (on MongoDB:
    // nothing at all).
    for (const path of filesUnder(t.dir)) {
      expect(path.startsWith(mediaRoot + sep) || /test\.db/.test(path)).toBe(true);
    }
    expect(await t.media.exists(res.json.file_path)).toBe(true);
  });

  it('strips CR/LF and controls that arrive in a FormData filename', async () => {
    const res = await post('/api/applications/upload/', alice.access, form({ bytes: TEXT, name: 'crlf\r\nX-Injected: 1.txt' }));
    expect(res.status).toBe(201);
    expect(res.json.filename).not.toMatch(/[\r\n\u0000]/);
    expect(res.json.filename.endsWith('.txt')).toBe(true);
  });

  it('treats a name that is only a path as no file', async () => {
    const { body, headers } = rawMultipart('../', TEXT);
    const res = await post('/api/applications/upload/', alice.access, body, headers);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'No file provided' });
  });

  it('accepts exactly 5 MiB and refuses 5 MiB + 1 with the size message', async () => {
    const ok = await post('/api/applications/upload/', alice.access, form({ bytes: new Uint8Array(FIVE_MIB).fill(0x61), name: 'big.txt' }));
    expect(ok.status).toBe(201);
    expect(ok.json.file_size).toBe(FIVE_MIB);
    expect((await t.media.read(ok.json.file_path))?.length).toBe(FIVE_MIB);

    const before = (await allFiles()).length;
    const tooBig = await post('/api/applications/upload/', alice.access, form({ bytes: new Uint8Array(FIVE_MIB + 1).fill(0x61), name: 'big.txt' }));
    expect(tooBig.status).toBe(400);
    expect(tooBig.json).toEqual({ errors: ['File size exceeds 5MB limit'] });
    const both = await post('/api/applications/upload/', alice.access, form({ bytes: new Uint8Array(FIVE_MIB + 1), name: 'big.exe' }));
    expect(both.json).toEqual({ errors: ['File size exceeds 5MB limit', `File type .exe not allowed. Allowed types: ${DOCUMENT_TYPES}`] });
    expect(await allFiles()).toHaveLength(before);
  });

  it('leaves no temp files behind', async () => {
    expect((await allFiles()).filter((path) => path.endsWith('.part'))).toEqual([]);
    expect(await t.media.staged()).toEqual([]);
  });
});

describe('POST /api/applications/upload-resume/', () => {
  it('stores a resume and points the profile at it', async () => {
    const res = await post('/api/applications/upload-resume/', alice.access, form({ bytes: DOCX, name: 'CV 2025.docx' }));
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(['message', 'file']);
    expect(res.json.message).toBe('Resume uploaded successfully');
    expect(Object.keys(res.json.file)).toEqual(FILE_INFO_KEYS);
    expect(res.json.file.file_path).toMatch(new RegExp(`^uploads/${alice.user.id}/resume/${UUID}\\.docx$`));
    const profile = await t.call('GET', '/api/auth/user/', { token: alice.access });
    expect(profile.json.resume_url).toBe(res.json.file.file_url);
  });

  it('allows resume types only and keeps the profile unchanged on failure', async () => {
    const before = (await t.call('GET', '/api/auth/user/', { token: alice.access })).json.resume_url;
    const res = await post('/api/applications/upload-resume/', alice.access, form({ bytes: PNG, name: 'me.png' }));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ errors: [`File type .png not allowed. Allowed types: ${RESUME_TYPES}`] });
    expect((await t.call('GET', '/api/auth/user/', { token: alice.access })).json.resume_url).toBe(before);
  });

  it('parses JSON (no 415) and then finds no file', async () => {
    const res = await post('/api/applications/upload-resume/', alice.access, '{"file":"x"}', { 'Content-Type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'No file provided' });
  });
});

describe('POST /api/applications/{id}/attach/', () => {
  it('appends the file to the application and answers 201', async () => {
    const id = await newApplication(alice.user.id);
    const res = await post(`/api/applications/${id}/attach/`, alice.access, form({ bytes: PDF, name: 'offer.pdf' }));
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(['message', 'file']);
    expect(res.json.message).toBe('File attached successfully');
    expect(res.json.file.file_path).toMatch(new RegExp(`^uploads/${alice.user.id}/document/${UUID}\\.pdf$`));
    const stored = await t.deps.applications.findById(alice.user.id, id);
    expect(stored?.attachments).toHaveLength(1);
    expect(stored?.attachments?.[0]).toMatchObject({
      filename: 'offer.pdf',
      original_name: 'offer.pdf',
      file_path: res.json.file.file_path,
      file_url: res.json.file.file_url,
      file_size: PDF.length,
      file_type: 'pdf',
    });
  });

  it('accepts an uppercase id', async () => {
    const id = await newApplication(alice.user.id);
    const res = await post(`/api/applications/${id.toUpperCase()}/attach/`, alice.access, form({ bytes: TEXT, name: 'a.txt' }));
    expect(res.status).toBe(201);
  });

  it.each([
    ['no file and a bad id', 'not-an-id', undefined, 400, { error: 'No file provided' }],
    ['a bad file and a bad id', 'not-an-id', { bytes: PE, name: 'x.exe' }, 400, { errors: [`File type .exe not allowed. Allowed types: ${DOCUMENT_TYPES}`] }],
    ['mismatched content and a bad id', 'not-an-id', { bytes: PE, name: 'x.pdf' }, 400, { errors: ['File content does not match the .pdf extension'] }],
    ['a good file and a bad id', 'not-an-id', { bytes: PDF, name: 'x.pdf' }, 400, { error: 'Invalid application ID' }],
    ['a good file and a 23-char id', '6650f1c2a1b2c3d4e5f6071', { bytes: PDF, name: 'x.pdf' }, 400, { error: 'Invalid application ID' }],
    ['a good file and an unknown id', 'ffffffffffffffffffffffff', { bytes: PDF, name: 'x.pdf' }, 404, { error: 'Application not found' }],
  ])('checks in contract order: %s', async (_, id, file, status, body) => {
    const before = (await allFiles()).length;
    const res = await post(`/api/applications/${id}/attach/`, alice.access, form(file));
    expect(res.status).toBe(status);
    expect(res.json).toEqual(body);
    expect(await allFiles()).toHaveLength(before);
  });

  it("answers 404 for another user's application and stores nothing", async () => {
    const id = await newApplication(bob.user.id);
    const before = (await allFiles()).length;
    const res = await post(`/api/applications/${id}/attach/`, alice.access, form({ bytes: PDF, name: 'x.pdf' }));
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: 'Application not found' });
    expect(await allFiles()).toHaveLength(before);
    expect((await t.deps.applications.findById(bob.user.id, id))?.attachments).toEqual([]);
  });

  it('keeps all of 10 parallel attaches to one application', async () => {
    const carol = await t.registerUser();
    const id = await newApplication(carol.user.id);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, n) => post(`/api/applications/${id}/attach/`, carol.access, form({ bytes: TEXT, name: `part-${n}.txt` }))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const stored = await t.deps.applications.findById(carol.user.id, id);
    expect(stored?.attachments).toHaveLength(10);
    expect(new Set(stored?.attachments?.map((a) => a.filename))).toEqual(new Set(Array.from({ length: 10 }, (_, n) => `part-${n}.txt`)));
    expect(await uploadsOf(carol.user.id)).toHaveLength(10);
  });
});

describe('DELETE /api/applications/{id}/attachments/{index}/', () => {
  it('removes the element and its file', async () => {
    const dave = await t.registerUser();
    const id = await newApplication(dave.user.id);
    const first = await post(`/api/applications/${id}/attach/`, dave.access, form({ bytes: PDF, name: 'one.pdf' }));
    const second = await post(`/api/applications/${id}/attach/`, dave.access, form({ bytes: TEXT, name: 'two.txt' }));
    expect(await uploadsOf(dave.user.id)).toHaveLength(2);

    const res = await t.call('DELETE', `/api/applications/${id}/attachments/0/`, { token: dave.access });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(await t.media.exists(first.json.file.file_path)).toBe(false);
    expect(await t.media.exists(second.json.file.file_path)).toBe(true);
    const stored = await t.deps.applications.findById(dave.user.id, id);
    expect(stored?.attachments?.map((a) => a.filename)).toEqual(['two.txt']);
  });

  it.each([
    ['not-an-id', '0', 400, { error: 'Invalid ID' }],
    ['ffffffffffffffffffffffff', '0', 404, { error: 'Application not found' }],
    ['ffffffffffffffffffffffff', '99', 404, { error: 'Application not found' }],
  ])('%s / %s -> %s', async (id, index, status, body) => {
    const res = await t.call('DELETE', `/api/applications/${id}/attachments/${index}/`, { token: alice.access });
    expect(res.status).toBe(status);
    expect(res.json).toEqual(body);
  });

  it('checks the index last, and only digits route', async () => {
    const id = await newApplication(alice.user.id);
    const res = await t.call('DELETE', `/api/applications/${id}/attachments/0/`, { token: alice.access });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'Invalid attachment index' });
    expect((await t.call('DELETE', `/api/applications/${id}/attachments/-1/`, { token: alice.access })).status).toBe(404);
    expect((await t.call('DELETE', `/api/applications/${id}/attachments/0/`)).status).toBe(401);
  });

  it("cannot touch another user's attachments", async () => {
    const id = await newApplication(bob.user.id);
    const up = await post(`/api/applications/${id}/attach/`, bob.access, form({ bytes: PDF, name: 'bob.pdf' }));
    const res = await t.call('DELETE', `/api/applications/${id}/attachments/0/`, { token: alice.access });
    expect(res.status).toBe(404);
    expect(await t.media.exists(up.json.file.file_path)).toBe(true);
  });
});

describe('GET /media/uploads/...', () => {
  it('serves the owner a download with safe headers and the original name per RFC 6266', async () => {
    const up = await post('/api/applications/upload/', alice.access, form({ bytes: PDF, name: 'résumé 東京.pdf' }));
    const res = await t.call('GET', up.json.file_url, { token: alice.access });
    expect(res.status).toBe(200);
    expect(res.text).toBe(new TextDecoder().decode(PDF));
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(PDF.length));
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="r_sum_ __.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%E6%9D%B1%E4%BA%AC.pdf`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");

    const head = await t.call('HEAD', up.json.file_url, { token: alice.access });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-length')).toBe(String(PDF.length));
  });

  it('quotes nothing dangerous into the header', async () => {
    const up = await post('/api/applications/upload/', alice.access, form({ bytes: TEXT, name: 'a";b%.txt' }));
    expect(up.status).toBe(201);
    const res = await t.call('GET', up.json.file_url, { token: alice.access });
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition.startsWith('attachment; filename="')).toBe(true);
    expect(disposition.match(/"/g)).toHaveLength(2);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('is 404 for anyone but the owner, and 401 without credentials', async () => {
    const up = await post('/api/applications/upload/', alice.access, form({ bytes: TEXT, name: 'private.txt' }));
    const other = await t.call('GET', up.json.file_url, { token: bob.access });
    expect(other.status).toBe(404);
    expect(other.json).toEqual({ detail: 'Not found.' });
    const moved = up.json.file_url.replace(`/uploads/${alice.user.id}/`, `/uploads/${bob.user.id}/`);
    expect((await t.call('GET', moved, { token: bob.access })).status).toBe(404);
    expect((await t.call('GET', up.json.file_url)).status).toBe(401);
  });

  it("lets the web app download with its session cookie, but only the owner's files", async () => {
    const up = await post('/api/applications/upload/', alice.access, form({ bytes: TEXT, name: 'web.txt' }));
    const login = await t.app.request('/trpc/auth.login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: alice.email, password: alice.password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^jt_session=/);
    const res = await t.call('GET', up.json.file_url, { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(res.text).toBe(new TextDecoder().decode(TEXT));
    const bobsFile = await post('/api/applications/upload/', bob.access, form({ bytes: TEXT, name: 'bob.txt' }));
    expect((await t.call('GET', bobsFile.json.file_url, { headers: { Cookie: cookie } })).status).toBe(404);
  });

  it.each([
    (id: number) => `/media/uploads/${id}/document/../../../test.db`,
    (id: number) => `/media/uploads/${id}/document/%2e%2e/%2e%2e/%2e%2e/test.db`,
    (id: number) => `/media/uploads/${id}/document/..%2f..%2f..%2ftest.db`,
    (id: number) => `/media/uploads/${id}/`,
    (id: number) => `/media/uploads/${id}/document/not-a-uuid.pdf`,
  ])('refuses traversal and non-generated paths (%#)', async (path) => {
    const res = await t.call('GET', path(alice.user.id), { token: alice.access });
    expect(res.status).toBe(404);
  });

  it('never serves a file from an attachment that was deleted', async () => {
    const id = await newApplication(alice.user.id);
    const up = await post(`/api/applications/${id}/attach/`, alice.access, form({ bytes: TEXT, name: 'gone.txt' }));
    await t.call('DELETE', `/api/applications/${id}/attachments/0/`, { token: alice.access });
    expect((await t.call('GET', up.json.file.file_url, { token: alice.access })).status).toBe(404);
  });
});

describe('OpenAPI document', () => {
  it('describes the upload routes with multipart bodies and the attachment delete', async () => {
    const res = await t.call('GET', '/api/schema/?format=json');
    expect(res.status).toBe(200);
    const paths = res.json.paths;
    for (const path of ['/api/applications/upload/', '/api/applications/upload-resume/', '/api/applications/{id}/attach/']) {
      expect(paths[path].post.requestBody.content['multipart/form-data'].schema.required).toEqual(['file']);
      expect(paths[path].post.responses['201']).toBeDefined();
    }
    expect(paths['/api/applications/{id}/attachments/{index}/'].delete.responses['204']).toBeDefined();
  });
});
