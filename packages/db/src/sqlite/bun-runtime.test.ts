/** Under Bun the store runs on bun:sqlite; this runs the smoke script there when Bun is installed
 * (the `bun` npm package, a dependency of apps/api). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

function findBun(): string | null {
  try {
    const packageJson = createRequire(import.meta.url).resolve('bun/package.json');
    const binary = join(dirname(packageJson), 'bin', 'bun.exe');
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const bun = findBun();
const smokeScript = fileURLToPath(new URL('../test-support/bun-smoke.ts', import.meta.url));

describe.skipIf(bun === null)('SQLite store under Bun', () => {
  it('passes the smoke round-trip on bun:sqlite', () => {
    const run = spawnSync(bun!, [smokeScript], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ runtime: expect.stringMatching(/^bun /), problems: [] });
  });
});
