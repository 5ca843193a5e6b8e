/** The crash part: writers as several users against the built server, `kill -9` at a random
 * moment, restart on the same DATABASE_PATH and MEDIA_ROOT, check, repeat; at the end a graceful
 * stop and a last integrity check of the closed database. */
import { join } from 'node:path';
import { register } from '../api/json-api.js';
import { seededRandom } from '../random.js';
import { finish, type PartContext, type PartResult } from '../report/part-result.js';
import { signingKey, startServer, type ServerUnderTest } from '../server-process.js';
import { emptyModel } from './crash-model.js';
import { verifyAfterRestart } from './crash-verify.js';
import { runCrashWorkload, type Worker } from './crash-workload.js';
import { databaseProblems, tempFiles } from './storage-checks.js';

export type CrashSettings = { rounds: number; users: number; workersPerUser: number; killAfterMs: [number, number] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runCrash(settings: CrashSettings, context: PartContext): Promise<PartResult> {
  const started = performance.now();
  const dir = join(context.workDir, 'crash');
  const key = signingKey();
  const random = seededRandom(context.seed);
  const model = emptyModel();
  const failures: string[] = [];
  const tokens = new Map<string, string>();
  const workers: Worker[] = [];
  let requests = 0;
  let inFlightAtKill = 0;
  let filesChecked = 0;

  const checkStart = async (server: ServerUnderTest, label: string) => {
    failures.push(...tempFiles(server.mediaRoot).map((name) => `${label}: temp file left after start: ${name}`));
    failures.push(...databaseProblems(server.databasePath).map((text) => `${label}: database: ${text}`));
    if (tokens.size === 0) return;
    const verified = await verifyAfterRestart(server.client, tokens, model);
    requests += verified.requests;
    filesChecked += verified.files;
    failures.push(...verified.problems.map((text) => `${label}: ${text}`));
  };

  // Whatever happens, no server of this part outlives it.
  let server: ServerUnderTest | undefined;
  const start = async () => (server = await startServer({ dir, key }));
  try {
    let current = await start();
    for (let user = 0; user < settings.users; user++) {
      const account = await register(current.client, `crash-${user}-${context.seed}@example.com`);
      requests++;
      tokens.set(account.email, account.access);
      for (let worker = 0; worker < settings.workersPerUser; worker++) workers.push({ id: `${user}.${worker}`, owner: account.email, token: account.access });
    }

    for (let round = 1; round <= settings.rounds; round++) {
      if (round > 1) current = await start();
      await checkStart(current, `round ${round} start`);
      const workload = runCrashWorkload({ client: current.client, workers, model, random });
      const killAfter = random.int(...settings.killAfterMs);
      await sleep(killAfter);
      inFlightAtKill += model.pending.size;
      await current.process.kill();
      const outcome = await workload;
      requests += outcome.requests;
      failures.push(...outcome.unexpected.map((text) => `round ${round}: ${text}`));
      context.log(`crash round ${round}: killed after ${killAfter} ms, ${outcome.requests} requests, ${model.pending.size} write(s) pending at the kill`);
      await current.stop();
    }

    current = await start();
    await checkStart(current, 'after the last crash');
    const end = await current.process.signal('SIGTERM');
    if (end.code !== 0) failures.push(`graceful stop ended with ${JSON.stringify(end)}`);
    await current.stop();
    failures.push(...databaseProblems(current.databasePath).map((text) => `closed database: ${text}`));
  } finally {
    await server?.stop();
  }

  const figures = {
    rounds: settings.rounds,
    acknowledgedWrites: model.counts.acknowledged,
    pendingAtKills: inFlightAtKill,
    inFlightFoundApplied: model.counts.adoptedInFlight,
    applications: model.applications.size,
    filesChecked,
  };
  return finish('crash', { started, requests, failures, figures });
}
