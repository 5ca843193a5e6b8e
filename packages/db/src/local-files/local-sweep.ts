/** What a crash (kill -9, power cut) leaves under the local store's root, and its removal:
 * staged uploads in `.staging/`, the `.<uuid><ext>.part` temp files the API's earlier media
 * store wrote beside final files, display-name temp files, and display names whose file never
 * arrived (or was removed half-way). Only entries not written since the cutoff are touched, so
 * uploads in flight in another process survive a sweep with an older cutoff. */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_KINDS } from '@jobtracker/core';
import { unlinkIfPresent } from './durable-fs.js';
import type { LocalLayout } from './local-layout.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const EXTENSION = '\\.[a-z0-9]{1,8}';
const STAGED = new RegExp(`^${UUID}\\.part$`);
const OLD_STYLE_PART = new RegExp(`^\\.${UUID}${EXTENSION}\\.part$`);
const NAME_TEMP = new RegExp(`^${UUID}${EXTENSION}\\.json\\.${UUID}\\.part$`);
const NAME_FILE = new RegExp(`^(${UUID}${EXTENSION})\\.json$`);
const OWNER = /^[1-9][0-9]*$/;

async function entries(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Regular file not written since the cutoff (ms precision); false when it is gone already. */
async function isStale(path: string, cutoffMs: number): Promise<boolean> {
  try {
    const info = await lstat(path);
    return info.isFile() && Math.floor(info.mtimeMs) <= cutoffMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** `<root>/<owner>/<kind>` for every owner and kind folder present. */
async function kindDirectories(root: string): Promise<Array<{ relative: string; absolute: string }>> {
  const found: Array<{ relative: string; absolute: string }> = [];
  for (const owner of await entries(root)) {
    if (!OWNER.test(owner)) continue;
    for (const kind of FILE_KINDS) found.push({ relative: `${owner}/${kind}`, absolute: join(root, owner, kind) });
  }
  return found;
}

export async function sweepLocal(layout: LocalLayout, stagedBefore: Date): Promise<number> {
  const cutoffMs = stagedBefore.getTime();
  let removed = 0;
  const removeIfStale = async (path: string): Promise<void> => {
    if ((await isStale(path, cutoffMs)) && (await unlinkIfPresent(path))) removed++;
  };

  for (const name of await entries(layout.staging)) {
    if (STAGED.test(name)) await removeIfStale(join(layout.staging, name));
  }
  for (const folder of await kindDirectories(layout.uploads)) {
    for (const name of await entries(folder.absolute)) {
      if (OLD_STYLE_PART.test(name)) await removeIfStale(join(folder.absolute, name));
    }
  }
  for (const folder of await kindDirectories(join(layout.names, 'uploads'))) {
    for (const name of await entries(folder.absolute)) {
      const path = join(folder.absolute, name);
      if (NAME_TEMP.test(name)) await removeIfStale(path);
      const named = NAME_FILE.exec(name)?.[1];
      if (named && !(await exists(join(layout.uploads, folder.relative, named)))) await removeIfStale(path);
    }
  }
  return removed;
}
