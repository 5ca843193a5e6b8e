/** `npm run bench`: the built server (the bundled Node entry) on a temp SQLite file with users of
 * 1,000, 10,000 and 100,000 applications, in one run:
 * - the speed targets (speed-targets.ts): list pages of 1,000 and 10,000 and the detail under
 *   autocannon, each against a bare node:http server sending the same bytes; the dashboard's p50
 *   at 10,000 and 100,000; creates at 16 connections (synchronous=FULL); cold start against
 *   `node -e 0`; the list on a WORKERS=2 server over the same file; the 100,000-row CSV export's
 *   server RSS growth;
 * - search, a tRPC query and the dashboard under load, CSV and PDF exports as single requests;
 * - unless `--quick`: every insight's latency, the CSV import and the account archive (download
 *   and restore) of 10,000 applications, and the web app's table in Chromium (first page and
 *   filter change, 200 ms each at the median of 7 runs; over it, the bench fails).
 * Results: printed, and as JSON and text in bench/results/ (git-ignored). */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer } from '@jobtracker/api/testing';
import { runAutocannon, type LoadResult, type LoadSettings, type LoadTarget } from './autocannon-runner.js';
import { startBaseline } from './baseline-process.js';
import { formatResults, overBudget, writeResults, type BenchResults, type EndpointResult, type Latency } from './bench-report.js';
import { withTimeout } from './child-process.js';
import { measureColdStart } from './cold-start-probe.js';
import { measureCsvExport } from './export-probe.js';
import { expectStatus, requestJson } from './http-client.js';
import { measureInsights } from './insight-probe.js';
import { measureInTurns } from './load-rotation.js';
import { medianLatencyMs } from './latency-probe.js';
import { runPortability } from './portability-run.js';
import { registerBenchUser, seedApplications } from './seed-applications.js';
import { measureTableRenders } from './table-render-probe.js';

const APPLICATIONS = 10_000;
const SMALL = 1_000;
const LARGE = 100_000;
/** Skips the insights, portability and the browser (the speed targets only). */
const QUICK = process.argv.includes('--quick');
/** The web app's table: first page and filter change, each painted within this (median). */
const TABLE_RENDER_BUDGET_MS = 200;
const BROWSER_RUNS = 7;
const LOAD: LoadSettings = { connections: 10, durationSeconds: 10 };
/** Creates: the target's concurrency. */
const CREATE_CONNECTIONS = 16;
/** Everything must be over well before this; past it the bench stops what it started and fails. */
const WATCHDOG_MS = 12 * 60_000;

type Cleanup = () => Promise<void>;
const cleanups: Cleanup[] = [];

async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await withTimeout(cleanup(), 15_000, 'cleanup');
    } catch (error) {
      console.error(error);
    }
  }
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

type Measured = Omit<EndpointResult, 'ratioToBaseline'>;

async function measure(name: string, request: string, target: LoadTarget, options: { warmUp: boolean; token: string; baseline?: string; connections?: number }): Promise<Measured> {
  // A few sequential requests first, so the first measurement does not pay for JIT and caches.
  if (options.warmUp) await medianLatencyMs({ url: target.url, token: options.token, count: 20 });
  const settings = { ...LOAD, connections: options.connections ?? LOAD.connections };
  log(`autocannon ${name} (-c ${settings.connections}): ${request}`);
  const result: LoadResult = await runAutocannon(target, settings);
  log(`  ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.latencyP99Ms} ms, ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, request, connections: settings.connections, ...(options.baseline === undefined ? {} : { baseline: options.baseline }), ...result };
}

/** A user with `count` seeded applications, and the ids of those. */
async function seededUser(api: string, databasePath: string, count: number) {
  const user = await registerBenchUser(api);
  log(`registered user ${user.id}; seeding ${count} applications`);
  const ids = await seedApplications({ databasePath, userId: user.id, count });
  return { user, ids };
}

async function captured(url: string, token: string, what: string, file: string): Promise<Buffer> {
  const response = await requestJson({ url, token });
  expectStatus(response, 200, what);
  writeFileSync(file, response.bytes);
  return response.bytes;
}

/** `count` sequential requests; the median, with the last answer's size. */
async function latency(name: string, request: string, url: string, token: string, count: number): Promise<Latency> {
  log(`${name}: ${count} requests`);
  const timed = await medianLatencyMs({ url, token, count });
  if (timed.statuses.some((status) => status !== 200)) throw new Error(`${name} answered ${timed.statuses.join(', ')}`);
  const last = await fetch(url, { headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'identity' } });
  const bytes = (await last.arrayBuffer()).byteLength;
  log(`  median ${timed.medianMs.toFixed(0)} ms, ${bytes} bytes`);
  return { name, request, medianMs: timed.medianMs, requests: count, bytes };
}

const rssDelta = (measured: { rssBeforeBytes: number | null; rssPeakBytes: number | null }) =>
  measured.rssBeforeBytes !== null && measured.rssPeakBytes !== null ? measured.rssPeakBytes - measured.rssBeforeBytes : null;

async function startServer(env: Record<string, string>) {
  const server = await spawnServer({ runtime: 'node', env });
  cleanups.push(async () => {
    try {
      await withTimeout(server.stop(), 10_000, 'server stop');
    } catch (error) {
      if (server.pid !== undefined) process.kill(server.pid, 'SIGKILL');
      throw error;
    }
  });
  return server;
}

async function run(): Promise<BenchResults> {
  const loadAverageBefore = loadavg();
  const workDir = mkdtempSync(join(tmpdir(), 'jobtracker-bench-'));
  cleanups.push(async () => rmSync(workDir, { recursive: true, force: true }));
  const databasePath = join(workDir, 'bench.sqlite');

  log('starting the server (node, temp SQLite database)');
  const serverEnv = { DATABASE_PATH: databasePath, MEDIA_ROOT: join(workDir, 'media'), DEBUG: 'False', JWT_SECRET_KEY: randomBytes(32).toString('hex') };
  const server = await startServer(serverEnv);
  const api = server.baseUrl;

  const seedStarted = performance.now();
  const { user, ids } = await seededUser(api, databasePath, APPLICATIONS);
  const small = await seededUser(api, databasePath, SMALL);
  const large = await seededUser(api, databasePath, LARGE);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const auth = { Authorization: `Bearer ${user.token}` };
  const sync = await requestJson({ url: `${api}/api/companies/sync/`, method: 'POST', token: user.token, timeoutMs: 60_000 });
  expectStatus(sync, 200, 'companies sync');
  log(`companies sync: ${JSON.stringify(sync.body)}`);

  // First, on a server no load run has grown yet (V8 keeps its heap high-water mark, which would
  // hide the export's own growth), and before the create run adds applications.
  const csvPath = '/api/analytics/export/applications/csv/';
  log(`CSV export of ${LARGE} applications`);
  const big = await measureCsvExport({ url: `${api}${csvPath}`, token: large.user.token, serverPid: server.pid });
  if (big.status !== 200) throw new Error(`CSV export answered ${big.status}`);
  log(`CSV export of ${APPLICATIONS} applications`);
  const exported = await measureCsvExport({ url: `${api}${csvPath}`, token: user.token, serverPid: server.pid });
  if (exported.status !== 200) throw new Error(`CSV export answered ${exported.status}`);

  const page = '/api/applications/?page=1&page_size=20';
  const listUrl = `${api}${page}`;
  const list = await captured(listUrl, user.token, 'list', join(workDir, 'list-10k.json'));
  const count = (JSON.parse(list.toString('utf8')) as { count?: unknown }).count;
  if (count !== APPLICATIONS) throw new Error(`list count is ${String(count)}, expected ${APPLICATIONS}`);
  await captured(listUrl, small.user.token, 'list of 1,000', join(workDir, 'list-1k.json'));
  const detailId = ids[Math.floor(ids.length / 2)];
  if (!detailId) throw new Error('no seeded ids');
  const detailUrl = `${api}/api/applications/${detailId}/`;
  await captured(detailUrl, user.token, 'detail', join(workDir, 'detail.json'));
  const baseline = await startBaseline(['list-1k.json', 'list-10k.json', 'detail.json'].map((file) => join(workDir, file)));
  cleanups.push(() => baseline.stop());
  const baselineCheck = await requestJson({ url: `${baseline.baseUrl}/1` });
  if (!baselineCheck.bytes.equals(list)) throw new Error('baseline does not answer with the captured list bytes');

  const portability = QUICK ? null : await runPortability({ api, token: user.token, serverPid: server.pid, workDir, applications: APPLICATIONS, log });

  const dashboardPath = '/api/analytics/dashboard/';
  const dashboards = [];
  for (const [size, who, limit] of [[APPLICATIONS, user, 20], [LARGE, large.user, 250]] as const) {
    const timed = await medianLatencyMs({ url: `${api}${dashboardPath}`, token: who.token, count: 20 });
    if (timed.statuses.some((status) => status !== 200)) throw new Error(`dashboard answered ${timed.statuses.join(', ')}`);
    log(`dashboard over ${size}: p50 ${timed.medianMs.toFixed(1)} ms`);
    dashboards.push({ applications: size, p50: timed.medianMs, limit });
  }
  let insights = null;
  if (!QUICK) {
    log('insights: single-request latency');
    insights = await measureInsights({ baseUrl: api, token: user.token, ids, now: new Date() });
    for (const insight of insights) log(`  ${insight.name}: p50 ${insight.medianMs.toFixed(1)} ms, first after a write ${insight.coldMedianMs.toFixed(1)} ms (${insight.bytes} bytes)`);
  }
  let table = null;
  if (!QUICK) {
    log(`web app table in Chromium: ${BROWSER_RUNS} runs each of first page and filter change`);
    table = await measureTableRenders({ baseUrl: api, email: user.email, password: user.password, runs: BROWSER_RUNS });
  }

  // The same file, the same key (so the same token), two worker processes; the one-process server
  // stays up but idle while this one is measured.
  log('starting a second server with WORKERS=2 on the same database');
  const workers = await startServer({ ...serverEnv, WORKERS: '2' });
  const workersListUrl = `${workers.baseUrl}${page}`;
  const workersList = await requestJson({ url: workersListUrl, token: user.token });
  expectStatus(workersList, 200, 'list (WORKERS=2)');
  if (!workersList.bytes.equals(list)) throw new Error('the WORKERS=2 server answers the list differently');

  const get = (url: string, token: string) => ({ url, headers: { Authorization: `Bearer ${token}` } });
  const trpcInput = encodeURIComponent(JSON.stringify({ page: 1, page_size: 20 }));
  // The compared rows in turns (3 rounds of 5 s each), so each ratio's two sides share the
  // machine's moments; the rest one after the other.
  const turns = { rounds: 3, settings: { ...LOAD, durationSeconds: 5 }, log };
  const inTurns = async (rows: Array<{ name: string; request: string; target: LoadTarget; token: string; baseline?: string }>) => {
    for (const row of rows) await medianLatencyMs({ url: row.target.url, token: row.token, count: 20 });
    log(`autocannon in turns: ${rows.map((row) => row.name).join(' / ')}`);
    const results = await measureInTurns(rows, turns);
    return rows.map((row): Measured => ({ name: row.name, request: row.request, connections: LOAD.connections, ...(row.baseline === undefined ? {} : { baseline: row.baseline }), ...results.get(row.name)! }));
  };
  const bare = (index: number) => ({ url: `${baseline.baseUrl}/${index}` });
  const measured: Measured[] = [
    ...(await inTurns([
      { name: 'list, page of 20 of 1,000', request: `GET ${page}`, target: get(listUrl, small.user.token), token: small.user.token, baseline: 'bare, list of 1,000 bytes' },
      { name: 'bare, list of 1,000 bytes', request: 'bare node:http', target: bare(0), token: '' },
    ])),
    ...(await inTurns([
      { name: 'list, page of 20 of 10,000', request: `GET ${page}`, target: get(listUrl, user.token), token: user.token, baseline: 'bare, list of 10,000 bytes' },
      { name: 'bare, list of 10,000 bytes', request: 'bare node:http', target: bare(1), token: '' },
      { name: 'list, WORKERS=2', request: 'the same, two worker processes', target: get(workersListUrl, user.token), token: user.token },
    ])),
    ...(await inTurns([
      { name: 'detail', request: 'GET /api/applications/<id>/', target: get(detailUrl, user.token), token: user.token, baseline: 'bare, detail bytes' },
      { name: 'bare, detail bytes', request: 'bare node:http', target: bare(2), token: '' },
    ])),
    await measure('search', 'GET /api/applications/search/?q=engineer (10,000)', get(`${api}/api/applications/search/?q=engineer`, user.token), { warmUp: true, token: user.token }),
    await measure('tRPC query', 'GET /trpc/applications.list (page of 20 of 10,000)', get(`${api}/trpc/applications.list?input=${trpcInput}`, user.token), { warmUp: true, token: user.token }),
    await measure('dashboard', `GET ${dashboardPath} (10,000)`, get(`${api}${dashboardPath}`, user.token), { warmUp: true, token: user.token }),
  ];
  await workers.stop();

  const latencies = [
    await latency('PDF export', `GET /api/analytics/export/applications/pdf/ (${SMALL} applications)`, `${api}/api/analytics/export/applications/pdf/`, small.user.token, 3),
    await latency('CSV export', `GET ${csvPath} (${SMALL} applications)`, `${api}${csvPath}`, small.user.token, 5),
  ];

  const createBody = JSON.stringify({ company: { name: 'Bench Co' }, job: { title: 'Bench Engineer' } });
  const createTarget: LoadTarget = { url: `${api}/api/applications/`, method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: createBody };
  measured.push(await measure('create, 16 connections', 'POST /api/applications/ (synchronous=FULL)', createTarget, { warmUp: false, token: user.token, connections: CREATE_CONNECTIONS }));

  log('cold start: 7 runs of the server and of node -e 0');
  const coldStart = await measureColdStart({ env: serverEnv, path: page, token: user.token, runs: 7 });
  log(`  server ${coldStart.serverMedianMs.toFixed(0)} ms, node -e 0 ${coldStart.nodeMedianMs.toFixed(0)} ms: ${coldStart.ratio.toFixed(2)}x`);

  const byName = new Map(measured.map((result) => [result.name, result]));
  const endpoints = measured.map((result) => {
    const bare = result.baseline === undefined ? undefined : byName.get(result.baseline);
    return { ...result, ratioToBaseline: bare && bare.requestsPerSecond > 0 ? result.requestsPerSecond / bare.requestsPerSecond : null };
  });
  return {
    finishedAt: new Date().toISOString(),
    conditions: {
      node: process.version,
      cpus: cpus().length,
      loadAverageBefore,
      loadAverageAfter: loadavg(),
      load: LOAD,
      applications: APPLICATIONS,
      seedSeconds,
      listResponseBytes: list.length,
    },
    endpoints,
    export: { ...exported, rssDeltaBytes: rssDelta(exported) },
    bigExport: { ...big, rssDeltaBytes: rssDelta(big), rows: LARGE },
    dashboardMedianMs: dashboards[0]!.p50,
    dashboards,
    latencies,
    coldStart,
    table: table === null ? null : { ...table, budgetMs: TABLE_RENDER_BUDGET_MS },
    insights,
    portability,
  };
}

const watchdog = setTimeout(() => {
  console.error(`[bench] still running after ${WATCHDOG_MS / 1000} s: stopping`);
  void cleanUp().finally(() => process.exit(1));
}, WATCHDOG_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

try {
  const results = await run();
  const printed = formatResults(results);
  console.log(`\n${printed}\n`);
  console.log(`[bench] results written to ${writeResults(results, printed)}`);
  const over = overBudget(results);
  if (over.length > 0) console.error(`[bench] over the ${TABLE_RENDER_BUDGET_MS} ms table budget: ${over.join(', ')}`);
  process.exitCode = over.length > 0 ? 1 : 0;
} catch (error) {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
  clearTimeout(watchdog);
}
