/** The import rules of apps/api (rooms bottom to top, no cycles between folders or modules),
 * written in .dependency-cruiser.cjs and checked here with dependency-cruiser. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const apiRoot = fileURLToPath(new URL('..', import.meta.url));
const depcruise = fileURLToPath(new URL('../../../node_modules/.bin/depcruise', import.meta.url));

describe('the import graph of apps/api', () => {
  it('keeps every rule of .dependency-cruiser.cjs', async () => {
    const result = await promisify(execFile)(depcruise, ['src', '--output-type', 'err-long'], { cwd: apiRoot }).then(
      ({ stdout }) => ({ ok: true, output: stdout }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain('no dependency violations found');
  }, 60_000);
});
