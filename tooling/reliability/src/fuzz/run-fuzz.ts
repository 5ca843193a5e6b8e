/** The fuzz part: fast-check generated requests against every operation of the OpenAPI
 * document, every tRPC procedure and routes that do not exist, sent to the built server. Every
 * answer must be below 500 and free of internal text; the server must answer its health probe
 * throughout and be the same process at the end, having logged no internal error. */
import fc from 'fast-check';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { procedureCatalog } from '@jobtracker/api/testing/procedures';
import { expectStatus, jsonRequest, login, type Account } from '../api/json-api.js';
import { TransportError, type HttpClient, type RawRequest } from '../http/raw-client.js';
import { seededRandom } from '../random.js';
import { finish, type PartContext, type PartResult } from '../report/part-result.js';
import { writeResultFile } from '../report/summary.js';
import { signingKey, startServer } from '../server-process.js';
import { requestText } from './encoding.js';
import { setUpFuzzFixture } from './fuzz-fixture-setup.js';
import { leakIn } from './leaks.js';
import { restCases, type FuzzCase } from './rest-cases.js';
import { restTargets, trpcTargets } from './targets.js';
import { trpcCases, unknownRouteCases } from './trpc-cases.js';

export type FuzzSettings = { casesPerTarget: number; concurrency: number };

const REPOSITORY = fileURLToPath(new URL('../../../../', import.meta.url)).replace(/\/$/, '');

/** Node refuses a request head (request line and headers) over 16 KiB with 431 and closes the
 * connection, often before the client has read the answer: both are the expected outcome. */
const MAX_HEAD_BYTES = 16 * 1024;

function headBytes(request: RawRequest): number {
  const headers = Object.entries(request.headers ?? {}).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
  return Buffer.byteLength(`${request.method} ${request.path} HTTP/1.1\r\nHost: 127.0.0.1:65535\r\nConnection: keep-alive\r\n`) + headers + 40;
}

/** A server may answer before a body has arrived (a 404, 401 or 413 needs none of it) and close
 * the connection, which it then says (`Connection: close`); a client still writing a large body
 * often sees the reset before the answer. Over this size that is the expected end. */
const LARGE_BODY_BYTES = 1024 * 1024;

/** An answer later than this is a hang (generous: a loaded 2-core machine takes seconds for a
 * 5 MiB upload with its fsyncs). */
const HANG_AFTER_MS = 60_000;

/** Procedures that end the caller's session get a session of their own for each call. */
const SESSION_ENDING = ['tRPC auth.signOut'];

function describe(request: RawRequest): string {
  const body = request.body === undefined ? '' : ` body ${JSON.stringify(request.body.toString().slice(0, 160))}`;
  return `${request.method} ${request.path.slice(0, 160)}${body}`;
}

export async function runFuzz(settings: FuzzSettings, context: PartContext): Promise<PartResult> {
  const started = performance.now();
  const key = signingKey();
  const server = await startServer({ dir: join(context.workDir, 'fuzz'), key, env: { LOGIN_MAX_FAILURES_PER_CLIENT: '1000000' }, maxSockets: settings.concurrency + 2 });
  const client: HttpClient = server.client;
  // Where the server's files and code are: no answer may name them.
  const secrets = [key, context.workDir, dirname(server.databasePath), server.mediaRoot, REPOSITORY];
  const failures: string[] = [];
  const statuses: Record<string, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  let sent = 0;
  let refusedByClient = 0;
  let headTooLarge = 0;
  let closedWhileSending = 0;
  let restarted = 0;
  /** Every failing request whole, written to the results folder to be replayed. */
  const failing: Array<{ label: string; problem: string; method: string; path: string; headers: Record<string, string>; bodyBase64?: string }> = [];
  const fail = (problem: string, label: string, request: RawRequest) => {
    failures.push(`${problem} for ${label}: ${describe(request)}`);
    const body = request.body === undefined ? {} : { bodyBase64: Buffer.from(request.body).toString('base64') };
    failing.push({ label, problem, method: request.method, path: request.path, headers: request.headers ?? {}, ...body });
  };
  try {
    const setup = await setUpFuzzFixture(client, context.seed);
    sent += setup.requests;
    const schema = expectStatus(await client.send({ method: 'GET', path: '/api/schema/?format=json' }), 200, 'OpenAPI document');
    sent++;
    const rest = restTargets(schema.json());
    const trpc = trpcTargets(procedureCatalog(), rest);
    const arbitraries: Array<[string, fc.Arbitrary<FuzzCase>]> = [
      ...rest.map((target): [string, fc.Arbitrary<FuzzCase>] => [`${target.method} ${target.path}`, restCases(target, setup.fixture)]),
      ...trpc.map((target): [string, fc.Arbitrary<FuzzCase>] => [`tRPC ${target.name}`, trpcCases(target, setup.fixture)]),
      ['unknown routes', unknownRouteCases(setup.fixture)],
    ];
    const cases = arbitraries.flatMap(([, arbitrary], index) => fc.sample(arbitrary, { numRuns: settings.casesPerTarget, seed: context.seed + index }));
    // Shuffled, so the store sees every kind of write between reads.
    const random = seededRandom(context.seed);
    for (let index = cases.length - 1; index > 0; index--) {
      const other = random.int(0, index);
      [cases[index], cases[other]] = [cases[other]!, cases[index]!];
    }
    context.log(`fuzz: ${rest.length} REST operations, ${trpc.length} tRPC procedures, ${cases.length} generated requests`);

    const fresh = async (): Promise<Account> => {
      sent++;
      return login(client, setup.main);
    };
    const probe = async () => {
      sent += 2;
      try {
        const health = await client.send({ method: 'GET', path: '/healthz' });
        if (health.status !== 200) failures.push(`health probe answered ${health.status}`);
        const me = await client.send(jsonRequest('GET', '/api/auth/user/', setup.fixture.token));
        if (me.status !== 200) failures.push(`the fuzz user's session stopped working (${me.status})`);
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        failures.push(`health probe: ${error.code} ${error.message}`);
      }
    };

    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const index = next++;
        const fuzzCase = cases[index]!;
        const request = { ...fuzzCase.request, headers: { ...fuzzCase.request.headers }, timeoutMs: HANG_AFTER_MS };
        const oversizedHead = headBytes(request) > MAX_HEAD_BYTES;
        try {
          if (SESSION_ENDING.some((prefix) => fuzzCase.label.startsWith(prefix)) && request.headers['Authorization'] === `Bearer ${setup.fixture.token}`) {
            request.headers['Authorization'] = `Bearer ${(await fresh()).access}`;
          }
          sent++;
          const answer = await client.send(request);
          if (oversizedHead && answer.status === 431) headTooLarge++;
          const bucket = `${Math.floor(answer.status / 100)}xx`;
          statuses[bucket] = (statuses[bucket] ?? 0) + 1;
          if (answer.status >= 500) fail(`${answer.status} (${answer.text().slice(0, 120)})`, fuzzCase.label, request);
          const leak = leakIn(answer.text(), requestText(request.path, request.body), secrets);
          if (leak) fail(`internal text (${leak}) in the answer`, fuzzCase.label, request);
        } catch (error) {
          if (!(error instanceof TransportError)) throw error;
          if (error.code === 'CLIENT_REFUSED') {
            sent--;
            refusedByClient++;
          } else if (oversizedHead && ['ECONNRESET', 'EPIPE'].includes(error.code)) headTooLarge++;
          else if ((request.body?.length ?? 0) >= LARGE_BODY_BYTES && ['ECONNRESET', 'EPIPE'].includes(error.code)) closedWhileSending++;
          else fail(`${error.code}${error.previousOnConnection ? ` (after ${error.previousOnConnection} on this connection)` : ''}`, fuzzCase.label, request);
        }
        if (index % 200 === 199) await probe();
      }
    };
    await Promise.all(Array.from({ length: settings.concurrency }, () => worker()));
    await probe();
  } finally {
    const ended = server.process.exited();
    if (ended) {
      restarted = 1;
      failures.push(`the server process ended during the fuzz: ${JSON.stringify(ended)}`);
    }
    failures.push(...server.errorLines().map((line) => `server logged an internal error: ${line.slice(0, 300)}`));
    await server.stop();
    if (failing.length > 0) failures.push(`the failing requests, whole: ${writeResultFile('fuzz-failing-requests.json', JSON.stringify(failing, null, 2))}`);
  }
  const figures = { requestsTried: sent, refusedByClient, headTooLarge, closedWhileSending, staleConnectionRetries: client.staleRetries(), ...statuses, serverExits: restarted };
  return finish('fuzz', { started, requests: sent, failures, figures });
}
