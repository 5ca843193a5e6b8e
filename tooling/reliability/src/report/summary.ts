/** The harness's report: the summary table printed at the end of a run, and the JSON written to
 * `tooling/reliability/results/` (git-ignored). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PartResult } from './part-result.js';

export type RunReport = {
  finishedAt: string;
  profile: string;
  seed: number;
  conditions: { node: string; cpus: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
  parts: PartResult[];
};

const RESULTS = fileURLToPath(new URL('../../results/', import.meta.url));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const figuresText = (part: PartResult) =>
  Object.entries(part.figures)
    .filter(([name]) => name !== 'failures')
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');

export function formatReport(report: RunReport): string {
  const { conditions } = report;
  const lines = [
    `Reliability harness, profile ${report.profile}, seed ${report.seed}; Node ${conditions.node}, ${conditions.cpus} CPUs, load average before ${conditions.loadAverageBefore.map((n) => n.toFixed(2)).join(' ')}, after ${conditions.loadAverageAfter.map((n) => n.toFixed(2)).join(' ')}`,
    '',
    table(
      ['part', 'result', 'requests', 'failures', 'seconds'],
      report.parts.map((part) => [part.name, part.ok ? 'ok' : 'FAILED', String(part.requests), String(part.figures['failures'] ?? part.failures.length), part.durationSeconds.toFixed(1)]),
    ),
    '',
    ...report.parts.map((part) => `${part.name}: ${figuresText(part)}`),
  ];
  const load = report.parts.find((part) => part.latencies);
  if (load?.latencies) {
    const rows = Object.entries(load.latencies).map(([name, summary]) => [name, String(summary.count), summary.p50.toFixed(1), summary.p95.toFixed(1), summary.p99.toFixed(1), summary.max.toFixed(1)]);
    lines.push('', 'load latency by operation (ms):', table(['operation', 'requests', 'p50', 'p95', 'p99', 'max'], rows));
  }
  for (const part of report.parts.filter((candidate) => !candidate.ok)) {
    lines.push('', `${part.name} failures:`, ...part.failures.map((failure) => `  - ${failure}`));
  }
  return lines.join('\n');
}

/** Writes `name` into the results folder (for what a person needs to reproduce a failure). */
export function writeResultFile(name: string, text: string): string {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, name);
  writeFileSync(path, text);
  return path;
}

/** Writes the report as `reliability-<time>.json` and `latest.json`; returns the first path. */
export function writeReport(report: RunReport): string {
  mkdirSync(RESULTS, { recursive: true });
  const text = JSON.stringify(report, null, 2) + '\n';
  const path = join(RESULTS, `reliability-${report.finishedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, text);
  writeFileSync(join(RESULTS, 'latest.json'), text);
  return path;
}
