/** `npm run bench`: the built Node server on a temp SQLite file with 10,000 applications, loaded
 * by autocannon (list, detail, create, dashboard) against a bare node:http baseline, plus the CSV
 * export's time, size and server RSS, the single-request latency of the dashboard and of every
 * insight, the CSV import and account archive (download and restore) of all 10,000 with the
 * server's RSS growth, and the web app's table in Chromium (first page and filter change, 200 ms
 * each at the median of 7 runs; over it, the bench fails). The list is measured twice: on the
 * one-process server and on a WORKERS=2 server over the same file. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer } from '@jobtracker/api/testing';
import { runAutocannon, type LoadResult, type LoadSettings, type LoadTarget } from './autocannon-runner.js';
import { startBaseline } from './baseline-process.js';
import { formatResults, overBudget, writeResults, type BenchResults, type EndpointResult } from './bench-report.js';
import { withTimeout } from './child-process.js';
import { measureCsvExport } from './export-probe.js';
import { expectStatus, requestJson } from './http-client.js';
import { measureInsights } from './insight-probe.js';
import { medianLatencyMs } from './latency-probe.js';
import { runPortability } from './portability-run.js';
import { registerBenchUser, seedApplications } from './seed-applications.js';
import { measureTableRenders } from './table-render-probe.js';

const APPLICATIONS = 10_000;
/** The web app's table: first page and filter change, each painted within this (median). */
const TABLE_RENDER_BUDGET_MS = 200;
const BROWSER_RUNS = 7;
const LOAD: LoadSettings = { connections: 10, durationSeconds: 10 };
/** Everything must be over well before this; past it the bench stops what it started and fails. */
const WATCHDOG_MS = 4 * 60_000;

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

async function measure(name: string, request: string, target: LoadTarget, warmUp: boolean, token: string): Promise<Omit<EndpointResult, 'ratioToBaseline'>> {
  // A few sequential requests first, so the first measurement does not pay for JIT and caches.
  if (warmUp) await medianLatencyMs({ url: target.url, token, count: 20 });
  log(`autocannon ${name}: ${request}`);
  const result: LoadResult = await runAutocannon(target, LOAD);
  log(`  ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.latencyP99Ms} ms, ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { name, request, ...result };
}

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

  const user = await registerBenchUser(api);
  const auth = { Authorization: `Bearer ${user.token}` };
  log(`registered user ${user.id}; seeding ${APPLICATIONS} applications into ${databasePath}`);
  const seedStarted = performance.now();
  const ids = await seedApplications({ databasePath, userId: user.id, count: APPLICATIONS });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const sync = await requestJson({ url: `${api}/api/companies/sync/`, method: 'POST', token: user.token, timeoutMs: 60_000 });
  expectStatus(sync, 200, 'companies sync');
  log(`companies sync: ${JSON.stringify(sync.body)}`);

  const listUrl = `${api}/api/applications/?page=1&page_size=20`;
  const list = await requestJson({ url: listUrl, token: user.token });
  expectStatus(list, 200, 'list');
  const count = (list.body as { count?: unknown }).count;
  if (count !== APPLICATIONS) throw new Error(`list count is ${String(count)}, expected ${APPLICATIONS}`);
  const listFile = join(workDir, 'list-response.json');
  writeFileSync(listFile, list.bytes);

  const baseline = await startBaseline(listFile);
  cleanups.push(() => baseline.stop());
  const baselineCheck = await requestJson({ url: `${baseline.baseUrl}/api/applications/` });
  if (!baselineCheck.bytes.equals(list.bytes)) throw new Error('baseline does not answer with the captured list bytes');

  const detailId = ids[Math.floor(ids.length / 2)];
  if (!detailId) throw new Error('no seeded ids');
  const dashboardUrl = `${api}/api/analytics/dashboard/`;
  // First, on a server no load run has grown yet (V8 keeps its heap high-water mark, which would
  // hide the export's own growth), and before the create run adds applications.
  log('CSV export of all applications');
  const exported = await measureCsvExport({ url: `${api}/api/analytics/export/applications/csv/`, token: user.token, serverPid: server.pid });
  if (exported.status !== 200) throw new Error(`CSV export answered ${exported.status}`);
  log(`portability: import, archive and restore of ${APPLICATIONS} applications`);
  const portability = await runPortability({ api, token: user.token, serverPid: server.pid, workDir, applications: APPLICATIONS, log });
  const dashboard = await medianLatencyMs({ url: dashboardUrl, token: user.token, count: 20 });
  if (dashboard.statuses.some((status) => status !== 200)) throw new Error(`dashboard answered ${dashboard.statuses.join(', ')}`);
  log('insights: single-request latency');
  const insights = await measureInsights({ baseUrl: api, token: user.token, ids, now: new Date() });
  for (const insight of insights) log(`  ${insight.name}: p50 ${insight.medianMs.toFixed(1)} ms, first after a write ${insight.coldMedianMs.toFixed(1)} ms (${insight.bytes} bytes)`);

  log(`web app table in Chromium: ${BROWSER_RUNS} runs each of first page and filter change`);
  const table = await measureTableRenders({ baseUrl: api, email: user.email, password: user.password, runs: BROWSER_RUNS });

  // The same file, the same key (so the same token), two worker processes; the one-process server
  // stays up but idle while this one is measured.
  log('starting a second server with WORKERS=2 on the same database');
  const workers = await startServer({ ...serverEnv, WORKERS: '2' });
  const workersListUrl = `${workers.baseUrl}/api/applications/?page=1&page_size=20`;
  const workersList = await requestJson({ url: workersListUrl, token: user.token });
  expectStatus(workersList, 200, 'list (WORKERS=2)');
  if (!workersList.bytes.equals(list.bytes)) throw new Error('the WORKERS=2 server answers the list differently');

  const measured = [
    await measure('list', 'GET /api/applications/?page=1&page_size=20', { url: listUrl, headers: auth }, true, user.token),
    await measure('list, WORKERS=2', 'the same, two worker processes', { url: workersListUrl, headers: auth }, true, user.token),
    await measure('detail', 'GET /api/applications/<id>/', { url: `${api}/api/applications/${detailId}/`, headers: auth }, true, user.token),
    await measure('dashboard', 'GET /api/analytics/dashboard/', { url: dashboardUrl, headers: auth }, true, user.token),
  ];
  const baselineResult = await measure('baseline', 'bare node:http, list bytes', { url: `${baseline.baseUrl}/` }, true, user.token);

  const createBody = JSON.stringify({ company: { name: 'Bench Co' }, job: { title: 'Bench Engineer' } });
  measured.push(
    await measure(
      'create',
      'POST /api/applications/',
      { url: `${api}/api/applications/`, method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: createBody },
      false,
      user.token,
    ),
  );

  const ratio = (result: LoadResult) => (baselineResult.requestsPerSecond > 0 ? result.requestsPerSecond / baselineResult.requestsPerSecond : null);
  const order = ['list', 'list, WORKERS=2', 'detail', 'create', 'dashboard'];
  const endpoints = [...measured.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)), baselineResult].map((result) => ({
    ...result,
    ratioToBaseline: ratio(result),
  }));
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
      listResponseBytes: list.bytes.length,
    },
    endpoints,
    export: {
      ...exported,
      rssDeltaBytes: exported.rssBeforeBytes !== null && exported.rssPeakBytes !== null ? exported.rssPeakBytes - exported.rssBeforeBytes : null,
    },
    dashboardMedianMs: dashboard.medianMs,
    table: { ...table, budgetMs: TABLE_RENDER_BUDGET_MS },
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
  console.log(`\n${formatResults(results)}\n`);
  console.log(`[bench] results written to ${writeResults(results)}`);
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
