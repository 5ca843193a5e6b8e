/** The files the server creates are its own user's only: the database with its WAL and
 * shared-memory files, the generated signing key, and the media folders and files (0600 files,
 * 0700 folders), whatever the umask, on both runtimes. */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from './testing/spawn-server.js';

let server: SpawnedServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  server = undefined;
});

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe.each(['node', 'bun'] as const)('files created by the %s server', (runtime) => {
  it('are readable by its own user only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'jobtracker-modes-'));
    const data = join(dir, 'data');
    const media = join(dir, 'media');
    // No JWT_SECRET_KEY: the server generates its key beside the database.
    server = await spawnServer({ runtime, env: { DATABASE_PATH: join(data, 'db.sqlite'), MEDIA_ROOT: media, JWT_SECRET_KEY: '', SECRET_KEY: '', DEBUG: 'False' } });
    const register = await fetch(`${server.baseUrl}/api/auth/register/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'modes@example.com', password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: 'M', last_name: 'O' }),
    });
    const { tokens } = (await register.json()) as { tokens: { access: string } };
    const form = new FormData();
    form.append('file', new File(['private notes\n'], 'notes.txt', { type: 'text/plain' }));
    const upload = await fetch(`${server.baseUrl}/api/applications/upload/`, { method: 'POST', headers: { Authorization: `Bearer ${tokens.access}` }, body: form });
    expect(upload.status).toBe(201);

    const modes: Record<string, string> = { data: modeOf(data) };
    for (const name of ['db.sqlite', 'db.sqlite-wal', 'db.sqlite-shm', 'secret.key']) modes[name] = modeOf(join(data, name));
    expect(modes).toEqual({ data: '700', 'db.sqlite': '600', 'db.sqlite-wal': '600', 'db.sqlite-shm': '600', 'secret.key': '600' });

    const entries = readdirSync(media, { recursive: true, encoding: 'utf8' }).map((name) => join(media, name));
    expect(entries.length).toBeGreaterThan(4);
    const loose = [media, ...entries].filter((path) => modeOf(path) !== (statSync(path).isDirectory() ? '700' : '600'));
    expect(loose).toEqual([]);
  }, 30_000);
});
