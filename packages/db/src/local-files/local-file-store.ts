/** The FileStore on local disk (the default). Bytes stream to a staging file that is fsynced
 * before anything can see it; commit writes the display name durably, renames the staged file
 * into the served tree and fsyncs the directory, so no key ever shows a partial file. Every key
 * is checked for shape and owner before a path is built from it. Staging sits under the same
 * root as the served tree, so the rename never crosses a file system. */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { parseFileKey, type FileStore, type StagedFile } from '@jobtracker/core';
import { ensureDirectory, FILE_MODE, fsyncDirectory, unlinkIfPresent, writeFileDurably } from './durable-fs.js';
import { localLayout } from './local-layout.js';
import { sweepLocal } from './local-sweep.js';

export type LocalFileStore = FileStore & {
  /** The absolute root (MEDIA_ROOT). */
  readonly root: string;
};

async function readDisplayName(path: string): Promise<string | null> {
  try {
    const stored = JSON.parse(await readFile(path, 'utf8')) as { original_name?: unknown };
    return typeof stored.original_name === 'string' ? stored.original_name : null;
  } catch {
    return null;
  }
}

async function countFiles(directory: string): Promise<number> {
  try {
    const entries = await readdir(directory, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/** Opens (creating as needed) the store under `root`; directories are created owner-only. */
export function createLocalFileStore(options: { root: string }): LocalFileStore {
  const layout = localLayout(options.root);

  return {
    root: layout.root,

    async stage(bytes) {
      await ensureDirectory(layout.staging);
      const stagingId = randomUUID();
      const path = layout.stagingPath(stagingId);
      const handle = await open(path, 'wx', FILE_MODE);
      try {
        for await (const chunk of bytes) await handle.write(chunk);
        await handle.sync();
      } catch (error) {
        await handle.close();
        await unlinkIfPresent(path);
        throw error;
      }
      await handle.close();
      return { stagingId };
    },

    async commit(staged: StagedFile, target) {
      const parsed = parseFileKey(target.key);
      const finalPath = parsed && layout.filePath(parsed.ownerId, target.key);
      if (!finalPath) throw new Error('local files: refusing a key that is not server-shaped');
      const stagedPath = layout.stagingPath(staged.stagingId);
      const namePath = layout.namePath(target.key);
      await ensureDirectory(dirname(finalPath));
      await ensureDirectory(dirname(namePath));
      // The name first: a crash before the rename leaves a name without a file, which sweep removes.
      await writeFileDurably(namePath, JSON.stringify({ original_name: target.displayName }));
      try {
        await rename(stagedPath, finalPath);
      } catch (error) {
        await unlinkIfPresent(namePath);
        throw error;
      }
      await fsyncDirectory(dirname(finalPath));
      await fsyncDirectory(layout.staging);
    },

    async discard(staged) {
      await unlinkIfPresent(layout.stagingPath(staged.stagingId));
    },

    async remove(ownerId, key) {
      const path = layout.filePath(ownerId, key);
      if (!path) return false;
      await unlinkIfPresent(path);
      await unlinkIfPresent(layout.namePath(key));
      return true;
    },

    async removeAll(ownerId) {
      const directories = layout.ownerDirectories(ownerId);
      if (!directories) return 0;
      const count = await countFiles(directories.files);
      await rm(directories.files, { recursive: true, force: true });
      await rm(directories.names, { recursive: true, force: true });
      return count;
    },

    async list(ownerId) {
      const directories = layout.ownerDirectories(ownerId);
      if (!directories) return [];
      let entries;
      try {
        entries = await readdir(directories.files, { recursive: true, withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      // Only server-shaped names: the earlier media store's `.part` leftovers are not files.
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => relative(layout.root, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .filter((key) => layout.filePath(ownerId, key) !== null)
        .sort();
    },

    async open(ownerId, key) {
      const path = layout.filePath(ownerId, key);
      if (!path) return null;
      let size: number;
      try {
        // lstat: a symlink planted in the tree is not followed.
        const info = await lstat(path);
        if (!info.isFile()) return null;
        size = info.size;
      } catch {
        return null;
      }
      return {
        size,
        displayName: await readDisplayName(layout.namePath(key)),
        // Opened on first iteration only, so HEAD requests hold no file handle.
        bytes: { [Symbol.asyncIterator]: () => createReadStream(path)[Symbol.asyncIterator]() },
      };
    },

    sweep({ stagedBefore }) {
      return sweepLocal(layout, stagedBefore);
    },
  };
}
