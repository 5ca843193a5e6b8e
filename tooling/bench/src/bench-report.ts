/** The bench's results: their shape, the printed tables and the files in bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSettings } from './autocannon-runner.js';
import type { ColdStart } from './cold-start-probe.js';
import type { ExportMeasurement } from './export-probe.js';
import { speedTargets, type TargetRow } from './speed-targets.js';
import type { Samples, TableRenderResult } from './table-render-probe.js';
import { INSIGHT_TARGET_MS, type InsightLatency } from './insight-probe.js';
import type { PortabilityResults } from './portability-run.js';

/** `baseline`: the bare server's row sending the same bytes, when there is one. */
export type EndpointResult = LoadResult & { name: string; request: string; connections: number; baseline?: string; ratioToBaseline: number | null };

export type Latency = { name: string; request: string; medianMs: number; requests: number; bytes: number };

export type BenchResults = {
  finishedAt: string;
  conditions: {
    node: string;
    cpus: number;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
    load: LoadSettings;
    applications: number;
    seedSeconds: number;
    listResponseBytes: number;
  };
  endpoints: EndpointResult[];
  export: ExportMeasurement & { rssDeltaBytes: number | null };
  /** The largest user's CSV export, first on the fresh server. */
  bigExport: ExportMeasurement & { rssDeltaBytes: number | null; rows: number };
  dashboardMedianMs: number;
  /** Dashboard p50 (20 sequential requests) per user size, with its target. */
  dashboards: Array<{ applications: number; p50: number; limit: number }>;
  /** Single requests: PDF and CSV exports. */
  latencies: Latency[];
  coldStart: ColdStart;
  /** Left out with --quick. */
  table: (TableRenderResult & { budgetMs: number }) | null;
  insights: InsightLatency[] | null;
  /** Import, archive download and restore of every application, one request each. */
  portability: PortabilityResults | null;
  targets?: TargetRow[];
};

const TABLE_ROWS: Array<[keyof TableRenderResult, string]> = [
  ['firstPage', 'first page (Board -> Applications)'],
  ['firstPageOnLoad', 'first page (fresh page load, from router start)'],
  ['filterChange', 'filter change (status)'],
];

/** The table measures whose median is over the budget. The median, not the slowest sample: on a
 * shared machine one run can lose the CPU to another process; the report shows every sample. */
export function overBudget(results: BenchResults): string[] {
  const { table } = results;
  if (table === null) return [];
  return TABLE_ROWS.filter(([key]) => table[key].medianMs > table.budgetMs).map(([, label]) => label);
}

const ms = (samples: Samples) => samples.samplesMs.map((sample) => sample.toFixed(0)).join(' ');

const mib = (bytes: number | null): string => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatResults(results: BenchResults): string {
  const { conditions } = results;
  const rows = results.endpoints.map((endpoint) => [
    endpoint.name,
    String(endpoint.connections),
    endpoint.requestsPerSecond.toFixed(0),
    endpoint.latencyP50Ms.toFixed(1),
    endpoint.latencyP99Ms.toFixed(1),
    endpoint.ratioToBaseline === null ? 'n/a' : `${endpoint.ratioToBaseline.toFixed(2)}x`,
    String(endpoint.totalRequests),
    String(endpoint.non2xx + endpoint.errors + endpoint.timeouts),
  ]);
  const targets = results.targets ?? speedTargets(results);
  const cold = results.coldStart;
  const exported = results.export;
  const list = results.endpoints.find((endpoint) => endpoint.name === 'list, page of 20 of 10,000');
  const listWorkers = results.endpoints.find((endpoint) => endpoint.name === 'list, WORKERS=2');
  const scaling =
    list && listWorkers && list.requestsPerSecond > 0
      ? [`List req/s: WORKERS=1 ${list.requestsPerSecond.toFixed(0)}, WORKERS=2 ${listWorkers.requestsPerSecond.toFixed(0)} (x${(listWorkers.requestsPerSecond / list.requestsPerSecond).toFixed(2)}; autocannon shares the same ${conditions.cpus} CPUs)`]
      : [];
  return [
    `Node ${conditions.node}, ${conditions.cpus} CPUs, load average before ${conditions.loadAverageBefore.map((n) => n.toFixed(2)).join(' ')}, after ${conditions.loadAverageAfter.map((n) => n.toFixed(2)).join(' ')}`,
    `Users of 1,000, ${conditions.applications.toLocaleString('en')} and ${results.bigExport.rows.toLocaleString('en')} applications (seeded in ${conditions.seedSeconds.toFixed(1)} s); autocannon -d ${conditions.load.durationSeconds}, separate process on the same machine; list response ${conditions.listResponseBytes} bytes`,
    '',
    'Speed targets (issue 10), one run:',
    table(
      ['what', 'measured', 'target', ''],
      targets.map((row) => [row.what, row.measured, row.target, row.met === null ? 'n/a' : row.met ? 'met' : 'NOT MET']),
    ),
    '',
    table(['endpoint', 'conns', 'req/s (mean)', 'p50 ms', 'p99 ms', 'vs bare', 'requests', 'failed'], rows),
    ...scaling,
    '',
    `Cold start (${cold.serverMs.length} runs, medians): server ${cold.serverMedianMs.toFixed(0)} ms [${cold.serverMs.map((n) => n.toFixed(0)).join(' ')}], node -e 0 ${cold.nodeMedianMs.toFixed(0)} ms [${cold.nodeMs.map((n) => n.toFixed(0)).join(' ')}]`,
    `CSV export of ${results.bigExport.rows} rows: HTTP ${results.bigExport.status}, ${results.bigExport.seconds.toFixed(2)} s, ${mib(results.bigExport.bytes)}, ${results.bigExport.lines} CRLF lines; server RSS before ${mib(results.bigExport.rssBeforeBytes)}, peak ${mib(results.bigExport.rssPeakBytes)}, growth ${mib(results.bigExport.rssDeltaBytes)}`,
    `CSV export of ${conditions.applications} rows: HTTP ${exported.status}, ${exported.seconds.toFixed(2)} s, ${mib(exported.bytes)}, ${exported.lines} CRLF lines; server RSS before ${mib(exported.rssBeforeBytes)}, peak ${mib(exported.rssPeakBytes)}, growth ${mib(exported.rssDeltaBytes)}`,
    `Dashboard single request: ${results.dashboards.map((entry) => `${entry.applications} applications p50 ${entry.p50.toFixed(1)} ms`).join(', ')} (20 sequential requests)`,
    ...results.latencies.map((entry) => `${entry.name}: ${entry.request}, median ${entry.medianMs.toFixed(0)} ms of ${entry.requests}, ${entry.bytes} bytes`),
    '',
    ...formatExtras(results),
  ].join('\n');
}

function formatExtras(results: BenchResults): string[] {
  const { conditions } = results;
  const lines: string[] = [];
  if (results.table !== null) {
    const budget = results.table.budgetMs;
    const tableResult = results.table;
    lines.push(
      `Web app table in Chromium (Performance API measures, action to rows painted, fetch included; budget ${budget} ms for the median):`,
      table(
        ['render', 'median ms', 'max ms', 'samples ms', 'budget'],
        TABLE_ROWS.map(([key, label]) => {
          const samples = tableResult[key];
          return [label, samples.medianMs.toFixed(1), samples.maxMs.toFixed(1), ms(samples), samples.medianMs <= budget ? 'ok' : 'OVER'];
        }),
      ),
      '',
    );
  }
  if (results.insights !== null) {
    lines.push(
    `Insights, single request over ${conditions.applications} applications (p50 of 20 sequential requests; target < ${INSIGHT_TARGET_MS} ms;`,
    '"first after a write": median of 3 requests, each right after a change to an application, when the views are read again):',
    table(
      ['insight', 'request', 'p50 ms', 'first after a write ms', 'bytes', 'target'],
      results.insights.map((insight) => [
        insight.name,
        insight.request,
        insight.medianMs.toFixed(1),
        insight.coldMedianMs.toFixed(1),
        String(insight.bytes),
        insight.medianMs < INSIGHT_TARGET_MS ? 'met' : 'MISSED',
      ]),
    ),
    '',
    );
  }
  if (results.portability !== null) {
    lines.push(
    `Portability of ${conditions.applications} applications (one request each; server RSS sampled every 20 ms):`,
    table(
      ['step', 'HTTP', 'seconds', 'file', 'RSS before', 'RSS peak', 'RSS growth'],
      results.portability.map((step) => [step.name, String(step.status), step.seconds.toFixed(2), mib(step.bytes), mib(step.rssBeforeBytes), mib(step.rssPeakBytes), mib(step.rssDeltaBytes)]),
    ),
    );
  }
  return lines;
}

/** bench/results/ at the repository's root (git-ignored). */
const RESULTS_DIR = fileURLToPath(new URL('../../../bench/results/', import.meta.url));

/** Writes the run as JSON and as the printed tables, each under its finish time and as
 * `latest.*`; returns the JSON file's path. */
export function writeResults(results: BenchResults, printed: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = results.finishedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify({ ...results, targets: results.targets ?? speedTargets(results) }, null, 2)}\n`;
  for (const name of [`bench-${stamp}`, 'latest']) {
    writeFileSync(join(RESULTS_DIR, `${name}.json`), json);
    writeFileSync(join(RESULTS_DIR, `${name}.txt`), `${printed}\n`);
  }
  return join(RESULTS_DIR, `bench-${stamp}.json`);
}
