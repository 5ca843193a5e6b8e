/** The harness's short configuration (profile `ci`) inside `npm test`: each part must pass;
 * the summary table is printed and the report written like a full run's. */
import { cpus, loadavg } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { PROFILES } from './profiles.js';
import { formatReport, writeReport } from './report/summary.js';
import { PART_NAMES, runParts } from './run-parts.js';
import type { PartResult } from './report/part-result.js';

const seed = Math.floor(Math.random() * 2 ** 31);
const loadAverageBefore = loadavg();
const results: PartResult[] = [];

afterAll(() => {
  if (results.length === 0) return;
  const report = { finishedAt: new Date().toISOString(), profile: 'ci', seed, conditions: { node: process.version, cpus: cpus().length, loadAverageBefore, loadAverageAfter: loadavg() }, parts: results };
  console.log(`\n${formatReport(report)}\nReport: ${writeReport(report)}`);
});

describe(`the reliability harness, short configuration (seed ${seed})`, () => {
  it.each(PART_NAMES)('%s', async (name) => {
    const report = await runParts({ profile: PROFILES.ci, parts: [name], seed, log: () => undefined });
    const part = report.parts[0]!;
    results.push(part);
    expect(part.failures).toEqual([]);
    expect(part.requests).toBeGreaterThan(0);
  }, 240_000);
});
