/** Serves files from npm packages (Swagger UI, ReDoc) by name, read once and kept in memory,
 * optionally rewritten once on the way. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

export function packageFile(packageName: string, file: string, rewrite?: (text: string) => string): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${packageName}/${file}`;
  let bytes = cache.get(key);
  if (!bytes) {
    const root = dirname(require.resolve(`${packageName}/package.json`));
    bytes = readFile(join(root, file)).then((buffer) =>
      rewrite ? new TextEncoder().encode(rewrite(buffer.toString('utf8'))) : new Uint8Array(buffer),
    );
    cache.set(key, bytes);
  }
  return bytes;
}
