/** `npm run migrate -- --from sqlite --to mongo` (or back): copies every user with their
 * documents and files between the two stores the environment describes, verifies, summarises.
 * The work is migrate-stores.ts; this file reads arguments and configuration and prints. */
import { parseArgs } from 'node:util';
import { ConfigError, readEnv, type Env } from '../config/env.js';
import { mongoStorageOf, sqliteStorageOf, type StorageConfig } from '../config/storage-config.js';
import { openStore, type OpenedStore } from '../infra/open-store.js';
import { progressBar } from '../seed/progress-bar.js';
import { migrateStores } from './migrate-stores.js';
import { formatSummary } from './migration-tally.js';

const USAGE = `Usage: npm run migrate -- --from sqlite --to mongo
       npm run migrate -- --from mongo --to sqlite
  Copies every user with their profile, applications, companies, contacts, settings (the
  calendar feed's secret too) and files (not their sessions: users sign in again), then reads
  everything back and compares counts and checksums.
  Re-running copies nothing twice; a record the target holds differently is reported, never
  overwritten. Stop the API first.
  SQLite: DATABASE_PATH and MEDIA_ROOT. MongoDB: MONGO_URI (or MONGO_HOST, MONGO_PORT,
  MONGO_USERNAME, MONGO_PASSWORD) and MONGO_DB_NAME.
  Exit status: 0 verified, 1 not verified, 2 bad arguments or configuration.`;

type StoreName = 'sqlite' | 'mongo';

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function storeName(value: string | undefined, option: string): StoreName {
  if (value === 'sqlite' || value === 'mongo') return value;
  fail(`--${option} must be sqlite or mongo`);
}

function storageFor(name: StoreName, env: Env): StorageConfig {
  return name === 'sqlite' ? sqliteStorageOf(env) : mongoStorageOf(env);
}

async function main(): Promise<void> {
  let values;
  try {
    values = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const from = storeName(values.from, 'from');
  const to = storeName(values.to, 'to');
  if (from === to) fail('--from and --to must name different stores');

  let source: StorageConfig;
  let target: StorageConfig;
  let env: Env;
  try {
    env = readEnv({ needsSigningKey: false });
    [source, target] = [storageFor(from, env), storageFor(to, env)];
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const retention = { loginAttemptRetentionMs: env.LOGIN_THROTTLE_WINDOW_MINUTES * 60_000 };
  const opened: OpenedStore[] = [];
  try {
    const [sourceStore, targetStore] = [await openStore(source, retention), await openStore(target, retention)];
    opened.push(sourceStore, targetStore);
    console.log(`From ${sourceStore.description}\nTo   ${targetStore.description}`);
    const bar = progressBar(process.stdout, 'Copying');
    const summary = await migrateStores({ source: sourceStore, target: targetStore, onProgress: bar.update });
    bar.done();
    console.log(formatSummary(summary, { from, to }));
    process.exitCode = summary.ok ? 0 : 1;
  } finally {
    for (const store of opened) await store.close();
  }
}

await main();
