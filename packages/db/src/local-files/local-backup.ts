/** Copies the committed files of the local store into a backup folder: the served tree
 * (`uploads/`) and the display names (`.names/`), never staged uploads or temp files. Copies are
 * owner-only (files 0600, folders 0700), written under a temp name, fsynced, then renamed. A
 * committed file never changes, so one already copied with the same size is skipped: a second
 * pass after the database snapshot adds only the files that arrived meanwhile. A file deleted
 * while the copy runs is skipped. */
import { randomUUID } from 'node:crypto';
import { chmod, copyFile, lstat, open, readdir, rename } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ensureDirectory, fsyncDirectory, unlinkIfPresent } from './durable-fs.js';
import { localLayout } from './local-layout.js';

export type LocalFilesCopy = { files: number; bytes: number; skipped: number };

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await lstat(path)).size;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

async function copyDurably(source: string, target: string): Promise<boolean> {
  const temp = `${target}.${randomUUID()}.part`;
  try {
    await copyFile(source, temp);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  try {
    await chmod(temp, 0o600);
    const handle = await open(temp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return true;
  } catch (error) {
    await unlinkIfPresent(temp);
    throw error;
  }
}

export async function copyLocalFiles(root: string, destination: string): Promise<LocalFilesCopy> {
  const layout = localLayout(root);
  const result: LocalFilesCopy = { files: 0, bytes: 0, skipped: 0 };
  const touched = new Set<string>();
  for (const tree of [layout.uploads, layout.names]) {
    let entries;
    try {
      entries = await readdir(tree, { recursive: true, withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) continue;
      throw error;
    }
    for (const entry of entries) {
      // Symlinks are not ours (the store never makes one); temp files are not committed.
      if (!entry.isFile() || entry.name.endsWith('.part')) continue;
      const source = join(entry.parentPath, entry.name);
      const target = join(destination, relative(layout.root, source));
      const size = await sizeOf(source);
      if (size === null) continue;
      if ((await sizeOf(target)) === size) {
        result.skipped++;
        continue;
      }
      const folder = join(destination, relative(layout.root, entry.parentPath));
      await ensureDirectory(folder);
      if (await copyDurably(source, target)) {
        result.files++;
        result.bytes += size;
        touched.add(folder);
      }
    }
  }
  for (const directory of touched) await fsyncDirectory(directory);
  return result;
}
