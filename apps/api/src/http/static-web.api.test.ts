import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let root: string;
beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'jobtracker-web-'));
  root = join(parent, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'app-123.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.txt'), 'outside the web root');
  t = await createTestApp({ webRoot: `${root}/` });
});
afterAll(async () => {
  await t.close();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

describe('the web app at /', () => {
  it('serves index.html, hashed assets with long caching, and index.html for client routes', async () => {
    const index = await t.call('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    const asset = await t.call('GET', '/assets/app-123.js');
    expect(asset.text).toBe('console.log(1)');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await t.call('GET', '/applications/42')).text).toContain('id="root"');
  });

  it('never serves a file outside the web root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/missing.js', '/%E0%A4%A']) {
      const res = await t.call('GET', path);
      expect(res.text).not.toContain('outside the web root');
      expect(res.status === 404 || res.text.includes('id="root"')).toBe(true);
    }
  });
});
