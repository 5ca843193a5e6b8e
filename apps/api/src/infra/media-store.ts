/** Upload storage under MEDIA_ROOT/uploads/<user_id>/<kind>/<uuid><ext>. A file is streamed to
 * a temp file in its final directory with a running byte count, fsynced, and only then renamed
 * into place (and the directory fsynced), so no record can point at a partial file. Paths are
 * always built here from server values; the client's name is kept only as data. */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { createContentSniffer, isFileKind, MAX_UPLOAD_BYTES, type DetectedContent, type FileKind } from '@jobtracker/core';

/** `uploads/<user id>/<kind>/<uuid4><ext>`: the only shape a stored path can have. */
const STORED_PATH = /^uploads\/([1-9][0-9]*)\/(resume|document)\/([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})(\.[a-z0-9]{1,8})$/;
const EXTENSION = /^\.[a-z0-9]{1,8}$/;

export type StoredFile = {
  /** Relative to MEDIA_ROOT, e.g. `uploads/1/document/<uuid>.pdf`. */
  filePath: string;
  fileUrl: string;
  size: number;
};

export type StagedUpload = {
  /** Bytes written; stops counting at the limit + 1. */
  size: number;
  tooLarge: boolean;
  content: DetectedContent;
  /** Moves the temp file into place; the returned path is safe to record. */
  commit(): Promise<StoredFile>;
  /** Removes the temp file (idempotent). */
  discard(): Promise<void>;
};

export type ParsedStoredPath = { userId: number; kind: FileKind; name: string; extension: string };

export function parseStoredPath(filePath: string): ParsedStoredPath | null {
  const match = STORED_PATH.exec(filePath);
  if (!match) return null;
  const [, userId, kind, uuid, extension] = match as unknown as [string, string, FileKind, string, string];
  return { userId: Number(userId), kind, name: `${uuid}${extension}`, extension };
}

async function fsyncDirectory(directory: string): Promise<void> {
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

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export type MediaStore = ReturnType<typeof createMediaStore>;

export function createMediaStore(mediaRoot: string) {
  const root = resolve(mediaRoot);
  const uploadsRoot = join(root, 'uploads');
  // Display names live outside uploads/, so nothing in them can ever be served.
  const namesRoot = join(root, '.names');

  /** The absolute path of a stored file, or null when the path is not one we generate or would
   * leave the caller's folder. */
  function absolutePath(filePath: string, ownerId: number): string | null {
    const parsed = parseStoredPath(filePath);
    if (!parsed || parsed.userId !== ownerId) return null;
    const absolute = resolve(root, filePath);
    return absolute.startsWith(join(uploadsRoot, String(ownerId)) + sep) ? absolute : null;
  }

  function namePath(filePath: string): string {
    return join(namesRoot, `${filePath}.json`);
  }

  async function writeDurably(path: string, data: Uint8Array | string): Promise<void> {
    const temp = `${path}.${randomUUID()}.part`;
    const handle = await open(temp, 'wx', 0o640);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  }

  return {
    root,

    /** Streams `source` to a temp file next to its final place, counting bytes and sniffing
     * the content as it goes. Nothing is visible under the final name until `commit`. */
    async stage(options: {
      userId: number;
      kind: FileKind;
      extension: string;
      originalName: string;
      source: ReadableStream<Uint8Array>;
    }): Promise<StagedUpload> {
      const { userId, kind, extension } = options;
      if (!Number.isSafeInteger(userId) || userId < 1 || !isFileKind(kind) || !EXTENSION.test(extension)) {
        throw new Error('media: refusing an unsafe storage path');
      }
      const directory = join(uploadsRoot, String(userId), kind);
      await mkdir(directory, { recursive: true, mode: 0o750 });
      const uuid = randomUUID();
      const filePath = `uploads/${userId}/${kind}/${uuid}${extension}`;
      const finalPath = join(directory, `${uuid}${extension}`);
      const tempPath = join(directory, `.${uuid}${extension}.part`);
      const sniffer = createContentSniffer();
      let size = 0;
      let tooLarge = false;
      const handle = await open(tempPath, 'wx', 0o640);
      const reader = options.source.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.length;
          if (size > MAX_UPLOAD_BYTES) {
            tooLarge = true;
            size = MAX_UPLOAD_BYTES + 1;
            await reader.cancel();
            break;
          }
          sniffer.push(value);
          await handle.write(value);
        }
        if (!tooLarge) await handle.sync();
      } catch (error) {
        await handle.close();
        await unlinkIfPresent(tempPath);
        throw error;
      } finally {
        reader.releaseLock();
      }
      await handle.close();
      if (tooLarge) await unlinkIfPresent(tempPath);

      let settled = tooLarge;
      return {
        size,
        tooLarge,
        content: sniffer.finish(),
        async commit() {
          if (settled) throw new Error('media: upload already settled');
          settled = true;
          const names = join(namesRoot, 'uploads', String(userId), kind);
          await mkdir(names, { recursive: true, mode: 0o750 });
          await writeDurably(namePath(filePath), JSON.stringify({ original_name: options.originalName }));
          await rename(tempPath, finalPath);
          await fsyncDirectory(directory);
          return { filePath, fileUrl: `/media/${filePath}`, size };
        },
        async discard() {
          if (settled) return;
          settled = true;
          await unlinkIfPresent(tempPath);
        },
      };
    },

    /** Deletes a stored file of `ownerId`; anything that is not a server-generated path inside
     * the owner's folder is refused (false). A file already gone counts as deleted. */
    async remove(filePath: string, ownerId: number): Promise<boolean> {
      const absolute = absolutePath(filePath, ownerId);
      if (!absolute) return false;
      await unlinkIfPresent(absolute);
      await unlinkIfPresent(namePath(filePath));
      return true;
    },

    /** The file a caller may read: their own, by server-shaped path only; null otherwise. */
    async openOwned(filePath: string, ownerId: number): Promise<{ absolute: string; size: number; extension: string; originalName: string | null } | null> {
      const absolute = absolutePath(filePath, ownerId);
      const parsed = parseStoredPath(filePath);
      if (!absolute || !parsed) return null;
      try {
        const info = await stat(absolute);
        if (!info.isFile()) return null;
        let originalName: string | null = null;
        try {
          const stored = JSON.parse(await readFile(namePath(filePath), 'utf8')) as { original_name?: unknown };
          if (typeof stored.original_name === 'string') originalName = stored.original_name;
        } catch {
          originalName = null;
        }
        return { absolute, size: info.size, extension: parsed.extension, originalName };
      } catch {
        return null;
      }
    },
  };
}
