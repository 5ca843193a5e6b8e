/** The built server under test, started as a real process (Node) on a harness folder: database
 * in `<dir>/data/db.sqlite`, files in `<dir>/media`, a signing key the harness knows (so it can
 * make expired tokens), DEBUG off. Restarting on the same folder is how the crash part recovers. */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { spawnServer, type SpawnedServer } from '@jobtracker/api/testing';
import { createHttpClient, type HttpClient } from './http/raw-client.js';

export type ServerUnderTest = {
  process: SpawnedServer;
  client: HttpClient;
  pid: number;
  databasePath: string;
  mediaRoot: string;
  /** Lines the server logged at level error or above (pino JSON lines), so far. */
  errorLines(): string[];
  /** Ends the process (SIGTERM, graceful) and closes the client; the folder stays. */
  stop(): Promise<void>;
};

export const signingKey = (): string => randomBytes(32).toString('hex');

export function locations(dir: string) {
  return { databasePath: join(dir, 'data', 'db.sqlite'), mediaRoot: join(dir, 'media') };
}

export async function startServer(options: { dir: string; key: string; env?: Record<string, string>; maxSockets?: number }): Promise<ServerUnderTest> {
  const { databasePath, mediaRoot } = locations(options.dir);
  const process = await spawnServer({
    runtime: 'node',
    env: { DATABASE_PATH: databasePath, MEDIA_ROOT: mediaRoot, JWT_SECRET_KEY: options.key, DEBUG: 'False', ...options.env },
  });
  const client = createHttpClient(process.baseUrl, { maxSockets: options.maxSockets ?? 32 });
  return {
    process,
    client,
    pid: process.pid ?? -1,
    databasePath,
    mediaRoot,
    errorLines: () =>
      process
        .output()
        .split('\n')
        .filter((line) => /^\{.*"level":(50|60)/.test(line)),
    async stop() {
      client.close();
      // stop() also removes spawnServer's own (unused) temp folder; the harness folder stays.
      await process.stop();
    },
  };
}
