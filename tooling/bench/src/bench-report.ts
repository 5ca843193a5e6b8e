/** The bench's results: their shape, the printed table and the JSON file. */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadResult, LoadSettings } from './autocannon-runner.js';
import type { ExportMeasurement } from './export-probe.js';
import type { Samples, TableRenderResult } from './table-render-probe.js';
import { INSIGHT_TARGET_MS, type InsightLatency } from './insight-probe.js';
import type { PortabilityResults } from './portability-run.js';

export type EndpointResult = LoadResult & { name: string; request: string; ratioToBaseline: number | null };

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
  dashboardMedianMs: number;
  table: TableRenderResult & { budgetMs: number };
  insights: InsightLatency[];
  /** Import, archive download and restore of every application, one request each. */
  portability: PortabilityResults;
};

const TABLE_ROWS: Array<[keyof TableRenderResult, string]> = [
  ['firstPage', 'first page (Board -> Applications)'],
  ['firstPageOnLoad', 'first page (fresh page load, from router start)'],
  ['filterChange', 'filter change (status)'],
];

/** The table measures whose median is over the budget. The median, not the slowest sample: on a
 * shared machine one run can lose the CPU to another process; the report shows every sample. */
export function overBudget(results: BenchResults): string[] {
  return TABLE_ROWS.filter(([key]) => results.table[key].medianMs > results.table.budgetMs).map(([, label]) => label);
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
    endpoint.requestsPerSecond.toFixed(0),
    endpoint.latencyP50Ms.toFixed(1),
    endpoint.latencyP99Ms.toFixed(1),
    endpoint.ratioToBaseline === null ? 'n/a' : `${(endpoint.ratioToBaseline * 100).toFixed(1)}%`,
    String(endpoint.totalRequests),
    String(endpoint.non2xx + endpoint.errors + endpoint.timeouts),
  ]);
  const exported = results.export;
  const list = results.endpoints.find((endpoint) => endpoint.name === 'list');
  const listWorkers = results.endpoints.find((endpoint) => endpoint.name === 'list, WORKERS=2');
  const scaling =
    list && listWorkers && list.requestsPerSecond > 0
      ? [`List req/s: WORKERS=1 ${list.requestsPerSecond.toFixed(0)}, WORKERS=2 ${listWorkers.requestsPerSecond.toFixed(0)} (x${(listWorkers.requestsPerSecond / list.requestsPerSecond).toFixed(2)}; autocannon shares the same ${conditions.cpus} CPUs)`]
      : [];
  return [
    `Node ${conditions.node}, ${conditions.cpus} CPUs, load average before ${conditions.loadAverageBefore.map((n) => n.toFixed(2)).join(' ')}, after ${conditions.loadAverageAfter.map((n) => n.toFixed(2)).join(' ')}`,
    `${conditions.applications} applications (seeded in ${conditions.seedSeconds.toFixed(1)} s); autocannon -c ${conditions.load.connections} -d ${conditions.load.durationSeconds}, separate process on the same machine; list response ${conditions.listResponseBytes} bytes`,
    '',
    table(['endpoint', 'req/s (mean)', 'p50 ms', 'p99 ms', 'vs baseline', 'requests', 'failed'], rows),
    ...scaling,
    '',
    `CSV export: HTTP ${exported.status}, ${exported.seconds.toFixed(2)} s, ${exported.bytes} bytes (${mib(exported.bytes)}), ${exported.lines} CRLF lines`,
    `  server RSS before ${mib(exported.rssBeforeBytes)}, peak during ${mib(exported.rssPeakBytes)}, delta ${mib(exported.rssDeltaBytes)}`,
    `Dashboard single request: median ${results.dashboardMedianMs.toFixed(1)} ms (20 sequential requests)`,
    '',
    `Web app table in Chromium (Performance API measures, action to rows painted, fetch included; budget ${results.table.budgetMs} ms for the median):`,
    table(
      ['render', 'median ms', 'max ms', 'samples ms', 'budget'],
      TABLE_ROWS.map(([key, label]) => {
        const samples = results.table[key];
        return [label, samples.medianMs.toFixed(1), samples.maxMs.toFixed(1), ms(samples), samples.medianMs <= results.table.budgetMs ? 'ok' : 'OVER'];
      }),
    ),
    '',
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
    `Portability of ${conditions.applications} applications (one request each; server RSS sampled every 20 ms):`,
    table(
      ['step', 'HTTP', 'seconds', 'file', 'RSS before', 'RSS peak', 'RSS growth'],
      results.portability.map((step) => [step.name, String(step.status), step.seconds.toFixed(2), mib(step.bytes), mib(step.rssBeforeBytes), mib(step.rssPeakBytes), mib(step.rssDeltaBytes)]),
    ),
  ].join('\n');
}

/** Writes `bench-results.json` to the OS temp dir and returns its path. */
export function writeResults(results: BenchResults): string {
  const path = join(tmpdir(), 'bench-results.json');
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}
