/** `npm run backup` against a running server under writes, then a restore as docs/OPERATIONS.md
 * describes it and a server started on the restored files: every record acknowledged before the
 * backup began is there, unchanged, with its files, none acknowledged after it ended is, and the
 * old tokens still work (the generated signing key and the sessions came along). */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../testing/spawn-server.js';

const cli = fileURLToPath(new URL('../../dist/backup/backup.cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jobtracker-backup-'));
const servers: SpawnedServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const locations = (root: string) => ({ DATABASE_PATH: join(root, 'data', 'db.sqlite'), MEDIA_ROOT: join(root, 'media') });

async function start(root: string): Promise<SpawnedServer> {
  const server = await spawnServer({ runtime: 'node', env: { ...locations(root), DEBUG: 'False', JWT_SECRET_KEY: '', SECRET_KEY: '' } });
  servers.push(server);
  return server;
}

function runBackup(root: string, out: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [cli, '--out', out], { env: { ...process.env, ...locations(root) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('backup and restore', () => {
  it('copies a running server consistently, and a server started on the restored copy serves it', async () => {
    const live = join(dir, 'live');
    const first = await start(live);
    const api = (path: string, init: RequestInit & { token?: string } = {}) =>
      fetch(`${first.baseUrl}${path}`, { ...init, headers: { ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(init.body && typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}) } });
    const registered = await api('/api/auth/register/', {
      method: 'POST',
      body: JSON.stringify({ email: 'backup@example.com', password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: 'B', last_name: 'K' }),
    });
    const token = ((await registered.json()) as { tokens: { access: string } }).tokens.access;
    const create = async (n: number) => {
      const res = await api('/api/applications/', { method: 'POST', token, body: JSON.stringify({ company: { name: `Backup ${n}` }, job: { title: 'Engineer' }, notes: `note ${n}` }) });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const before = [await create(1), await create(2), await create(3)];
    const form = new FormData();
    form.append('file', new File(['%PDF-1.4 backed up\n'], 'cv.pdf', { type: 'application/pdf' }));
    const attach = await api(`/api/applications/${before[0]}/attach/`, { method: 'POST', token, body: form });
    expect(attach.status).toBe(201);
    const attached = ((await attach.json()) as { file: { file_url: string } }).file;
    const snapshot = await (await api(`/api/applications/${before[0]}/`, { token })).json();

    // Writes go on while the backup runs.
    let writing = true;
    const during: string[] = [];
    const writer = (async () => {
      for (let n = 100; writing; n++) during.push(await create(n));
    })();
    const out = join(dir, 'backup');
    const backup = await runBackup(live, out);
    const afterBackup = await create(999);
    writing = false;
    await writer;
    expect(backup.output).toMatch(/Backup written to .* database \d+ bytes \(integrity ok\), 2 media file\(s\), \d+ bytes, the generated signing key\./);
    expect(backup.code).toBe(0);
    expect(during.length).toBeGreaterThan(0);

    expect(readdirSync(out).sort()).toEqual(['database.sqlite', 'manifest.json', 'media', 'secret.key']);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ format: 1, database: { integrity: 'ok' }, media: { files: 2 }, signing_key: 'secret.key' });
    for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
      const info = statSync(join(out, name));
      expect(info.mode & 0o777, name).toBe(info.isDirectory() ? 0o700 : 0o600);
    }
    await expect(runBackup(live, out)).resolves.toMatchObject({ code: 1, output: expect.stringMatching(/is not empty/) });

    // The restore, as docs/OPERATIONS.md describes it.
    const restored = join(dir, 'restored');
    mkdirSync(join(restored, 'data'), { recursive: true, mode: 0o700 });
    cpSync(join(out, 'database.sqlite'), join(restored, 'data', 'db.sqlite'));
    cpSync(join(out, 'secret.key'), join(restored, 'data', 'secret.key'));
    cpSync(join(out, 'media'), join(restored, 'media'), { recursive: true });
    const second = await start(restored);
    const get = (path: string) => fetch(`${second.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });

    expect(await (await get(`/api/applications/${before[0]}/`)).json()).toEqual(snapshot);
    for (const id of before) expect((await get(`/api/applications/${id}/`)).status).toBe(200);
    expect((await get(`/api/applications/${afterBackup}/`)).status).toBe(404);
    const file = await get(attached.file_url);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('%PDF-1.4 backed up\n');
    const list = (await (await get('/api/applications/?page_size=100')).json()) as { count: number };
    expect(list.count).toBeGreaterThanOrEqual(before.length);
    expect(list.count).toBeLessThanOrEqual(before.length + during.length);
  }, 60_000);
});
