/** File-system steps that survive a power cut: data fsynced before it is renamed into place,
 * and the directory fsynced after, so a name never points at bytes that were not written. */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Owner only: uploads are private documents, nobody else's business on the host (applied at
 * creation; the process umask can only remove bits). */
export const FILE_MODE = 0o600;
export const DIRECTORY_MODE = 0o700;

export async function fsyncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

/** mkdir -p, then fsync the parent of every directory it created, so the new entries last. */
export async function ensureDirectory(directory: string): Promise<void> {
  const first = await mkdir(directory, { recursive: true, mode: DIRECTORY_MODE });
  if (first === undefined) return;
  for (let created = directory; ; created = dirname(created)) {
    await fsyncDirectory(dirname(created));
    if (created === first || dirname(created) === created) break;
  }
}

export async function unlinkIfPresent(path: string): Promise<boolean> {
  try {
    await unlink(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Writes a small file through a `<path>.<uuid>.part` temp file: write, fsync, rename, fsync
 * the directory. Readers see the old file or the new one, never half of it. */
export async function writeFileDurably(path: string, data: string): Promise<void> {
  const temp = `${path}.${randomUUID()}.part`;
  const handle = await open(temp, 'wx', FILE_MODE);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlinkIfPresent(temp);
    throw error;
  }
  await handle.close();
  await rename(temp, path);
  await fsyncDirectory(dirname(path));
}
