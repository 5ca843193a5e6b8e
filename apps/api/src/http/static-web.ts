/** Serves the built web app at `/`: real files by path, index.html for client-side routes. */
import type { Context } from 'hono';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function createWebAppHandler(webRoot: string) {
  const root = normalize(webRoot).replace(/\/+$/, '');
  return async (c: Context): Promise<Response | null> => {
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path).replace(/^\/+/, '');
    } catch {
      return null; // malformed percent-encoding
    }
    const candidate = normalize(join(root, relative));
    if (candidate !== root && !candidate.startsWith(root + sep)) return null;
    const isAsset = relative !== '' && (await isFile(candidate));
    const file = isAsset ? candidate : join(root, 'index.html');
    if (!isAsset && extname(relative) !== '') return null;
    if (!(await isFile(file))) return null;
    const body = await readFile(file);
    const cache = isAsset && relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return c.body(body, 200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
  };
}
