/** GET /media/<key>: a stored upload, to its owner only. Anything else (someone else's file, a
 * path core would never build, a file that is gone) is null, which the transport answers with
 * 404, never 403, so the existence of other people's files does not leak. */
import { parseFileKey } from './file-key.js';
import type { FileStore } from './file-store.js';

export type FileDownload = {
  key: string;
  /** `<uuid><ext>`: the fallback download name. */
  fileName: string;
  /** Lowercase with the dot; decides the content type. */
  extension: string;
  size: number;
  /** The client's name at upload time, when the store kept it. */
  displayName: string | null;
  /** Read only when iterated (a HEAD request can skip it). */
  bytes: AsyncIterable<Uint8Array>;
};

/** `key` is the request path after `/media/`. */
export async function openDownload(deps: { files: Pick<FileStore, 'open'> }, query: { userId: number; key: string }): Promise<FileDownload | null> {
  const parsed = parseFileKey(query.key);
  if (!parsed || parsed.ownerId !== query.userId) return null;
  const file = await deps.files.open(query.userId, query.key);
  if (!file) return null;
  return { key: query.key, fileName: parsed.fileName, extension: parsed.extension, ...file };
}
