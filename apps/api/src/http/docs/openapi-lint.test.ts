/** The OpenAPI document passes Redocly's recommended lint rules (redocly.yaml turns off only the
 * rule against trailing slashes, which every contract path has). */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const redocly = fileURLToPath(new URL('../../../../../node_modules/.bin/redocly', import.meta.url));
const config = fileURLToPath(new URL('../../../redocly.yaml', import.meta.url));

type LintReport = { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; message: string }> };

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'jobtracker-openapi-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the OpenAPI document', () => {
  it('passes redocly lint with the recommended rules', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, (await t.call('GET', '/api/schema/?format=json')).text);
    // Lint exits non-zero on errors; the JSON report is on stdout either way.
    const stdout = await promisify(execFile)(redocly, ['lint', '--config', config, '--format', 'json', file], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).then(
      (result) => result.stdout,
      (error: { stdout?: string }) => error.stdout ?? '',
    );
    const report = JSON.parse(stdout) as LintReport;
    const problems = report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);
});
