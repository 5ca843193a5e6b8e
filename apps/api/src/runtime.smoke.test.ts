import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from './testing/spawn-server.js';

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
    expect(await page.text()).toContain('<div id="root">');
  }, 30_000);
});

describe('configuration', () => {
  it('refuses a bad value with a clear message and a non-zero exit', async () => {
    await expect(spawnServer({ runtime: 'node', env: { PORT: 'eighty', JWT_ACCESS_TOKEN_LIFETIME: '-5' } })).rejects.toThrow(
      /Invalid configuration:[\s\S]*PORT="eighty": must be a whole number[\s\S]*JWT_ACCESS_TOKEN_LIFETIME="-5"/,
    );
  });
});
