/** `npm run bench`: the built Node server on a temp SQLite file with 10,000 applications, loaded
 * by autocannon (list, detail, create, dashboard) against a bare node:http baseline, plus the CSV
 * export's time, size and server RSS, the dashboard's single-request latency, and the CSV import
 * and account archive (download and restore) of all 10,000 with the server's RSS growth. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer } from '@jobtracker/api/testing';
import { runAutocannon, type LoadResult, type LoadSettings, type LoadTarget } from './autocannon-runner.js';
import { startBaseline } from './baseline-process.js';
import { formatResults, writeResults, type BenchResults, type EndpointResult } from './bench-report.js';
import { withTimeout } from './child-process.js';
import { measureCsvExport } from './export-probe.js';
import { expectStatus, requestJson } from './http-client.js';
import { medianLatencyMs } from './latency-probe.js';
import { runPortability } from './portability-run.js';
import { registerBenchUser, seedApplications } from './seed-applications.js';

const APPLICATIONS = 10_000;
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

async function run(): Promise<BenchResults> {
  const loadAverageBefore = loadavg();
  const workDir = mkdtempSync(join(tmpdir(), 'jobtracker-bench-'));
  cleanups.push(async () => rmSync(workDir, { recursive: true, force: true }));
  const databasePath = join(workDir, 'bench.sqlite');

  log('starting the server (node, temp SQLite database)');
  const server = await spawnServer({
    runtime: 'node',
    env: { DATABASE_PATH: databasePath, MEDIA_ROOT: join(workDir, 'media'), DEBUG: 'False', JWT_SECRET_KEY: randomBytes(32).toString('hex') },
  });
  cleanups.push(async () => {
    try {
      await withTimeout(server.stop(), 10_000, 'server stop');
    } catch (error) {
      if (server.pid !== undefined) process.kill(server.pid, 'SIGKILL');
      throw error;
    }
  });
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

  const measured = [
    await measure('list', 'GET /api/applications/?page=1&page_size=20', { url: listUrl, headers: auth }, true, user.token),
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
  const order = ['list', 'detail', 'create', 'dashboard'];
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
  process.exitCode = 0;
} catch (error) {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
  clearTimeout(watchdog);
}
