/** The load part: many users at once for a fixed time, a mix of reads (lists, details, search,
 * dashboards), writes (creates, status changes, timeline events), uploads and exports (CSV and
 * PDF), over keep-alive connections. Every answer must be the operation's success status; the
 * latencies are reported per operation and overall (p50, p95, p99). */
import { join } from 'node:path';
import { applicationBody, expectStatus, jsonRequest, register, uploadRequest, type Account } from '../api/json-api.js';
import { TransportError, type HttpClient, type RawRequest } from '../http/raw-client.js';
import { seededRandom, type Random } from '../random.js';
import { finish, type PartContext, type PartResult } from '../report/part-result.js';
import { signingKey, startServer } from '../server-process.js';
import { summarize, type LatencySummary } from './latency.js';

export type LoadSettings = { users: number; connections: number; durationSeconds: number; applicationsPerUser: number };

type User = Account & { applications: string[] };
type Operation = { name: string; weight: number; status: number; request: (user: User, random: Random) => RawRequest };

const STATUSES = ['screening', 'interview', 'technical_test', 'offer', 'rejected', 'applied'];
const get = (path: string) => (user: User) => jsonRequest('GET', path, user.access);

const OPERATIONS: Operation[] = [
  { name: 'list', weight: 22, status: 200, request: (user, random) => jsonRequest('GET', `/api/applications/?page=${random.int(1, 2)}&page_size=20`, user.access) },
  { name: 'detail', weight: 18, status: 200, request: (user, random) => jsonRequest('GET', `/api/applications/${random.pick(user.applications)}/`, user.access) },
  { name: 'dashboard', weight: 8, status: 200, request: get('/api/analytics/dashboard/') },
  { name: 'over time', weight: 4, status: 200, request: get('/api/analytics/applications-over-time/?period=week') },
  { name: 'search', weight: 5, status: 200, request: (user, random) => jsonRequest('GET', `/api/applications/search/?q=${random.pick(['load', 'engineer', 'Corp', 'zzz'])}`, user.access) },
  { name: 'companies', weight: 3, status: 200, request: get('/api/companies/?page_size=20') },
  { name: 'create', weight: 12, status: 201, request: (user, random) => jsonRequest('POST', '/api/applications/', user.access, applicationBody(`load ${random.int(0, 1e9)}`)) },
  { name: 'status', weight: 8, status: 200, request: (user, random) => jsonRequest('PATCH', `/api/applications/${random.pick(user.applications)}/status/`, user.access, { status: random.pick(STATUSES), notes: 'load' }) },
  {
    name: 'timeline',
    weight: 8,
    status: 201,
    request: (user, random) => jsonRequest('POST', `/api/applications/${random.pick(user.applications)}/timeline/`, user.access, { event_type: 'note', title: 'load event', date: '2025-03-01T12:00:00Z' }),
  },
  {
    name: 'upload',
    weight: 5,
    status: 201,
    request: (user, random) => uploadRequest(`/api/applications/${random.pick(user.applications)}/attach/`, user.access, { name: 'load.txt', type: 'text/plain', bytes: Buffer.from('load test line\n'.repeat(random.int(100, 3000))) }),
  },
  { name: 'csv export', weight: 5, status: 200, request: get('/api/analytics/export/applications/csv/') },
  { name: 'pdf export', weight: 2, status: 200, request: get('/api/analytics/export/applications/pdf/') },
];

async function setUpUsers(client: HttpClient, settings: LoadSettings, seed: number): Promise<{ users: User[]; requests: number }> {
  const users: User[] = [];
  let requests = 0;
  for (let index = 0; index < settings.users; index++) {
    requests++;
    users.push({ ...(await register(client, `load-${index}-${seed}@example.com`)), applications: [] });
  }
  // Several users seeded at once, as the load will run.
  await Promise.all(
    users.map(async (user) => {
      for (let index = 0; index < settings.applicationsPerUser; index++) {
        requests++;
        const answer = await client.send(jsonRequest('POST', '/api/applications/', user.access, applicationBody(`load seed ${index}`)));
        user.applications.push(expectStatus(answer, 201, 'seed application').json<{ id: string }>().id);
      }
    }),
  );
  return { users, requests };
}

export async function runLoad(settings: LoadSettings, context: PartContext): Promise<PartResult> {
  const started = performance.now();
  const server = await startServer({ dir: join(context.workDir, 'load'), key: signingKey(), maxSockets: settings.connections });
  const client = server.client;
  const failures: string[] = [];
  const durations = new Map<string, number[]>(OPERATIONS.map((operation) => [operation.name, []]));
  let requests = 0;
  let errors = 0;
  let figures: PartResult['figures'];
  let latencies: Record<string, LatencySummary>;
  try {
    const setup = await setUpUsers(client, settings, context.seed);
    requests += setup.requests;
    context.log(`load: ${settings.users} users with ${settings.applicationsPerUser} applications each; ${settings.connections} connections for ${settings.durationSeconds} s`);
    const weighted = OPERATIONS.map((operation) => [operation, operation.weight] as const);
    const loadStarted = performance.now();
    const until = loadStarted + settings.durationSeconds * 1000;
    const loop = async (index: number) => {
      const random = seededRandom(context.seed * 1000 + index);
      while (performance.now() < until) {
        const user = random.pick(setup.users);
        const operation = random.weighted(weighted);
        requests++;
        try {
          const answer = await client.send({ ...operation.request(user, random), timeoutMs: 30_000 });
          durations.get(operation.name)!.push(answer.durationMs);
          if (answer.status !== operation.status) {
            errors++;
            failures.push(`${operation.name}: ${answer.status} ${answer.text().slice(0, 160)}`);
          } else if (operation.name === 'create') user.applications.push(answer.json<{ id: string }>().id);
        } catch (error) {
          if (!(error instanceof TransportError)) throw error;
          errors++;
          failures.push(`${operation.name}: ${error.code} ${error.message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: settings.connections }, (_, index) => loop(index)));
    const seconds = (performance.now() - loadStarted) / 1000;
    const all = [...durations.values()].flat();
    const perOperation: Record<string, LatencySummary> = Object.fromEntries([...durations].map(([name, values]) => [name, summarize(values)]));
    const overall = summarize(all);
    figures = {
      users: settings.users,
      connections: settings.connections,
      seconds: Math.round(seconds * 10) / 10,
      loadRequests: all.length,
      requestsPerSecond: Math.round(all.length / seconds),
      errors,
      p50: overall.p50,
      p95: overall.p95,
      p99: overall.p99,
      max: overall.max,
    };
    latencies = perOperation;
  } finally {
    failures.push(...server.errorLines().map((line) => `server logged an internal error: ${line.slice(0, 300)}`));
    await server.stop();
  }
  return { ...finish('load', { started, requests, failures, figures }), latencies };
}
