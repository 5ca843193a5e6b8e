/** `npm run seed -- [--count N] [--email E] [--seed S]`: creates or refreshes the demo account with
 * generated applications (contract section 11, without the original's prompts). */
import { DEMO_DEFAULT_COUNT, DEMO_USER_CREDENTIALS, seedDemoAccount } from '@jobtracker/core';
import { parseArgs } from 'node:util';
import { createContainer } from '../container.js';
import { ConfigError, readEnv } from '../config/env.js';
import { progressBar } from './progress-bar.js';
import { seedDepsOf } from './seed-deps.js';

const USAGE = `Usage: npm run seed -- [--count N] [--email EMAIL] [--seed S]
  --count   applications to generate (default ${DEMO_DEFAULT_COUNT}, at most 100000)
  --email   the account to create or refresh (default ${DEMO_USER_CREDENTIALS.email})
  --seed    a whole number; the same seed gives the same data (default: random, printed)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(text: string | undefined, name: string, range: [number, number]): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < range[0] || value > range[1]) fail(`--${name} must be a whole number from ${range[0]} to ${range[1]}`);
  return value;
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: { count: { type: 'string' }, email: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const count = wholeNumber(args.count, 'count', [1, 100_000]) ?? DEMO_DEFAULT_COUNT;
  const seed = wholeNumber(args.seed, 'seed', [0, 2 ** 32 - 1]) ?? Math.floor(Math.random() * 2 ** 32);
  const email = args.email ?? DEMO_USER_CREDENTIALS.email;
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) fail('--email must be an email address');

  let env;
  try {
    env = readEnv();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const container = await createContainer(env);
  try {
    const bar = progressBar(process.stdout, 'Seeding');
    const result = await seedDemoAccount(seedDepsOf(container.deps), { email, count, seed, now: new Date(), onProgress: bar.update });
    bar.done();
    console.log(
      `${result.created ? 'Created' : 'Refreshed'} ${result.user.email}: ${result.applications} applications ` +
        `(${result.removed} replaced), ${result.companies} companies synced, seed ${seed}.`,
    );
    console.log(`Sign in with ${result.user.email} / ${DEMO_USER_CREDENTIALS.password}`);
  } finally {
    await container.close();
  }
}

await main();
