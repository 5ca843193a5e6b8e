/** `npm run test:reliability [-- --profile ci|full] [--only crash,fuzz,authorization,load]
 * [--seed N]`: the reliability harness against the built server. Prints the summary table,
 * writes the JSON report to tooling/reliability/results/ and exits non-zero on any failure. */
import { parseArgs } from 'node:util';
import { PROFILES, type Profile } from './profiles.js';
import { formatReport, writeReport } from './report/summary.js';
import { PART_NAMES, runParts, type PartName } from './run-parts.js';

const { values } = parseArgs({ options: { profile: { type: 'string', default: 'full' }, only: { type: 'string' }, seed: { type: 'string' } } });
const profile: Profile | undefined = PROFILES[values.profile as Profile['name']];
if (!profile) throw new Error(`--profile must be one of ${Object.keys(PROFILES).join(', ')}`);
const parts = (values.only ? values.only.split(',').map((name) => name.trim()) : [...PART_NAMES]) as PartName[];
const unknown = parts.filter((name) => !PART_NAMES.includes(name));
if (unknown.length > 0) throw new Error(`unknown part(s) ${unknown.join(', ')}; the parts are ${PART_NAMES.join(', ')}`);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isSafeInteger(seed)) throw new Error('--seed must be a whole number');

const report = await runParts({ profile, parts, seed, log: (line) => console.log(`[reliability] ${line}`) });
console.log(`\n${formatReport(report)}\n`);
console.log(`Report written to ${writeReport(report)} (rerun with --seed ${seed} to repeat the same choices)`);
process.exitCode = report.parts.every((part) => part.ok) ? 0 : 1;
