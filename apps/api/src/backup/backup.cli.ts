/** `npm run backup -- --out DIR`: backs up the database and media files of DATABASE_PATH and
 * MEDIA_ROOT while the server may be running (docs/OPERATIONS.md says how to restore). SQLite
 * only: with MongoDB configured it refuses and points to mongodump (docs/DEPLOYMENT.md). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, readEnv } from '../config/env.js';
import { isMongoChosen } from '../config/storage-config.js';
import { writeBackup } from './write-backup.js';

const USAGE = `Usage: npm run backup -- --out DIR
  --out   a new or empty folder for the backup (relative paths start where npm was run)
Reads DATABASE_PATH and MEDIA_ROOT as the server does; the server may keep running.
For SQLite only: with MongoDB, use mongodump or snapshots (docs/DEPLOYMENT.md).`;

function fail(message: string, code = 2): never {
  console.error(code === 2 ? `${message}\n\n${USAGE}` : message);
  process.exit(code);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (!args.out) fail('--out is required');
  let env;
  try {
    env = readEnv();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  if (isMongoChosen(env)) {
    fail('MONGO_URI or MONGO_HOST is set: the data is in MongoDB, uploads included. Back it up with mongodump or your platform\'s snapshots (docs/DEPLOYMENT.md, "Backups").', 1);
  }
  // npm runs workspace scripts in the workspace folder; INIT_CWD is where the command was typed.
  const out = resolve(process.env['INIT_CWD'] ?? process.cwd(), args.out);
  const started = performance.now();
  try {
    const manifest = await writeBackup({ databasePath: env.DATABASE_PATH, mediaRoot: env.MEDIA_ROOT, out, now: new Date() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Backup written to ${out} in ${seconds} s: database ${manifest.database.bytes} bytes (integrity ${manifest.database.integrity}), ` +
        `${manifest.media.files} media file(s), ${manifest.media.bytes} bytes${manifest.signing_key ? ', the generated signing key' : ''}.`,
    );
  } catch (error) {
    fail(`Backup failed: ${(error as Error).message}`, 1);
  }
}

await main();
