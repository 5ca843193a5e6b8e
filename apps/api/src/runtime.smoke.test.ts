import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from './testing/spawn-server.js';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

let server: SpawnedServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe.each(['node', 'bun'] as const)('the %s entry point', (runtime) => {
  it('starts on an empty database and serves auth, uploads, docs and the web app', async () => {
    server = await spawnServer({ runtime });
    const register = await fetch(`${server.baseUrl}/api/auth/register/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `${runtime}@example.com`, password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: 'R', last_name: 'T' }),
    });
    expect(register.status).toBe(201);
    const login = await fetch(`${server.baseUrl}/api/auth/login/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `${runtime}@example.com`, password: 'SecurePass123!' }),
    });
    const { access } = (await login.json()) as { access: string };
    const me = await fetch(`${server.baseUrl}/api/auth/user/`, { headers: { Authorization: `Bearer ${access}` } });
    expect(me.status).toBe(200);
    // A multipart upload streamed through the runtime's request body, then downloaded.
    const form = new FormData();
    form.append('file_type', 'resume');
    form.append('file', new File(['Hello from the smoke test\n'], 'cv.txt', { type: 'text/plain' }));
    const upload = await fetch(`${server.baseUrl}/api/applications/upload/`, { method: 'POST', headers: { Authorization: `Bearer ${access}` }, body: form });
    expect(upload.status).toBe(201);
    const { file_url } = (await upload.json()) as { file_url: string };
    expect(file_url).toMatch(/^\/media\/uploads\/\d+\/resume\//);
    const download = await fetch(`${server.baseUrl}${file_url}`, { headers: { Authorization: `Bearer ${access}` } });
    expect(await download.text()).toBe('Hello from the smoke test\n');
    expect((await fetch(`${server.baseUrl}/api/schema/?format=json`)).status).toBe(200);
    const page = await fetch(`${server.baseUrl}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    // The build's pre-compressed copy of a hashed asset (read through node:fs on both runtimes).
    const script = /src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    const asset = await fetch(`${server.baseUrl}/${script}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe(readFileSync(join(WEB_DIST, script), 'utf8'));
    // JSON and the streamed CSV compressed on the fly (the runtime's CompressionStream).
    const schema = await fetch(`${server.baseUrl}/api/schema/?format=json`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(schema.headers.get('content-encoding')).toBe('gzip');
    expect(((await schema.json()) as { openapi: string }).openapi).toBe('3.1.0');
    const csv = await fetch(`${server.baseUrl}/api/analytics/export/applications/csv/`, {
      headers: { Authorization: `Bearer ${access}`, 'Accept-Encoding': 'gzip' },
    });
    expect(csv.headers.get('content-encoding')).toBe('gzip');
    expect(await csv.text()).toMatch(/^Company,Job Title,Status,/);
  }, 30_000);
});

describe('configuration', () => {
  it('refuses a bad value with a clear message and a non-zero exit', async () => {
    await expect(spawnServer({ runtime: 'node', env: { PORT: 'eighty', JWT_ACCESS_TOKEN_LIFETIME: '-5' } })).rejects.toThrow(
      /Invalid configuration:[\s\S]*PORT="eighty": must be a whole number[\s\S]*JWT_ACCESS_TOKEN_LIFETIME="-5"/,
    );
  });
});
