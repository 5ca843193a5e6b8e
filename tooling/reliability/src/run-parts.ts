/** Runs the harness's parts one after another, each against a server of its own in a work folder
 * removed afterwards, and assembles the report. A part that throws is reported as failed with
 * its error, and the others still run. */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAuthz } from './authz/run-authz.js';
import { runCrash } from './crash/run-crash.js';
import { runFuzz } from './fuzz/run-fuzz.js';
import { runLoad } from './load/run-load.js';
import type { Profile } from './profiles.js';
import { finish, type PartContext, type PartResult } from './report/part-result.js';
import type { RunReport } from './report/summary.js';

export const PART_NAMES = ['crash', 'fuzz', 'authorization', 'load'] as const;
export type PartName = (typeof PART_NAMES)[number];

export function runPart(name: PartName, profile: Profile, context: PartContext): Promise<PartResult> {
  switch (name) {
    case 'crash':
      return runCrash(profile.crash, context);
    case 'fuzz':
      return runFuzz(profile.fuzz, context);
    case 'authorization':
      return runAuthz(context);
    case 'load':
      return runLoad(profile.load, context);
  }
}

export async function runParts(options: { profile: Profile; parts: readonly PartName[]; seed: number; log: (line: string) => void }): Promise<RunReport> {
  const loadAverageBefore = loadavg();
  const workDir = mkdtempSync(join(tmpdir(), 'jobtracker-reliability-'));
  const results: PartResult[] = [];
  try {
    for (const name of options.parts) {
      const started = performance.now();
      options.log(`${name}: starting`);
      try {
        results.push(await runPart(name, options.profile, { workDir, seed: options.seed, log: options.log }));
      } catch (error) {
        results.push(finish(name, { started, requests: 0, failures: [`the part stopped: ${(error as Error).stack ?? String(error)}`], figures: {} }));
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return {
    finishedAt: new Date().toISOString(),
    profile: options.profile.name,
    seed: options.seed,
    conditions: { node: process.version, cpus: cpus().length, loadAverageBefore, loadAverageAfter: loadavg() },
    parts: results,
  };
}
