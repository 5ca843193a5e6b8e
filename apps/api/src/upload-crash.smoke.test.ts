/** A kill -9 during uploads, on the real built server: the uploads in flight leave staged files,
 * the next start on the same database and MEDIA_ROOT sweeps them all, and files committed before
 * the crash are intact and still served. */
import { request, type ClientRequest } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from './testing/spawn-server.js';

const dir = mkdtempSync(join(tmpdir(), 'jobtracker-crash-'));
const mediaRoot = join(dir, 'media');
const env = { DATABASE_PATH: join(dir, 'db.sqlite'), MEDIA_ROOT: mediaRoot, JWT_SECRET_KEY: 'crash-test-signing-key-long-enough-for-hs256' };
const servers: SpawnedServer[] = [];
const enc = new TextEncoder();
const PDF = enc.encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const BOUNDARY = '----jobtrackerCrashBoundary';
const SLOW_UPLOADS = 3;

afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile());
}
const stagedFiles = () => filesUnder(join(mediaRoot, '.staging'));
/** Every temp file any store version writes: staged uploads and `.part` temp names. */
const tempFiles = () => filesUnder(mediaRoot).filter((path) => path.endsWith('.part') || path.startsWith(join(mediaRoot, '.staging')));

async function start(): Promise<SpawnedServer> {
  const server = await spawnServer({ runtime: 'node', env });
  servers.push(server);
  return server;
}

async function accessToken(server: SpawnedServer, register: boolean): Promise<string> {
  const credentials = { email: 'crash@example.com', password: 'SecurePass123!' };
  const path = register ? '/api/auth/register/' : '/api/auth/login/';
  const body = register ? { ...credentials, password_confirm: credentials.password, first_name: 'C', last_name: 'K' } : credentials;
  const res = await fetch(`${server.baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { tokens?: { access: string }; access?: string };
  const access = json.tokens?.access ?? json.access;
  if (!access) throw new Error(`no token: ${res.status} ${JSON.stringify(json)}`);
  return access;
}

/** An upload announcing a 4 MiB file that sends its first MiB in 16 KiB chunks every 20 ms,
 * then waits: it never finishes, however slowly the server runs. */
function slowUpload(server: SpawnedServer, token: string): ClientRequest {
  const head = enc.encode(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\nContent-Type: text/plain\r\n\r\n`,
  );
  const tail = enc.encode(`\r\n--${BOUNDARY}--\r\n`);
  const fileSize = 4 * 1024 * 1024;
  const upload = request(`${server.baseUrl}/api/applications/upload/`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`,
      'Content-Length': String(head.length + fileSize + tail.length),
    },
  });
  // The server dies mid-body: the connection error is the expected end of this request.
  upload.on('error', () => undefined);
  upload.write(head);
  const chunk = new Uint8Array(16 * 1024).fill(0x61);
  let sent = 0;
  const timer = setInterval(() => {
    upload.write(chunk);
    sent += chunk.length;
    if (sent >= 1024 * 1024) clearInterval(timer);
  }, 20);
  upload.on('close', () => clearInterval(timer));
  return upload;
}

describe('a kill -9 during uploads', () => {
  it('leaves no staged file after the next start, and committed files intact and served', async () => {
    const first = await start();
    const token = await accessToken(first, true);
    const form = new FormData();
    form.append('file', new File([PDF], 'kept.pdf', { type: 'application/pdf' }));
    const committed = await fetch(`${first.baseUrl}/api/applications/upload/`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    expect(committed.status).toBe(201);
    const kept = (await committed.json()) as { file_url: string; file_path: string };

    const uploads = Array.from({ length: SLOW_UPLOADS }, () => slowUpload(first, token));
    // Each upload's bytes are on their way to disk before the crash.
    while (stagedFiles().filter((path) => statSync(path).size > 0).length < SLOW_UPLOADS) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await first.kill();
    for (const upload of uploads) upload.destroy();
    expect(stagedFiles()).toHaveLength(SLOW_UPLOADS);

    const second = await start();
    expect(tempFiles()).toEqual([]);
    expect(second.output()).toContain(`Upload staging: removed ${SLOW_UPLOADS} file(s) left by interrupted uploads`);

    const again = await accessToken(second, false);
    const served = await fetch(`${second.baseUrl}${kept.file_url}`, { headers: { Authorization: `Bearer ${again}` } });
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PDF);
    expect(filesUnder(join(mediaRoot, 'uploads'))).toEqual([join(mediaRoot, kept.file_path)]);
  }, 60_000);
});
