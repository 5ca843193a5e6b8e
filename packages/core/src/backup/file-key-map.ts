/** New keys for restored files: the same kind and extension, in the restoring user's folder,
 * under a fresh uuid, so an archive can be restored next to the account it came from. */
import type { RandomSource } from '../auth/tokens.js';
import { buildFileKey, fileUrlOf, parseFileKey } from '../files/file-key.js';

const MEDIA_PREFIX = '/media/';

export class FileKeyMap {
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly ownerId: number,
    private readonly random: Pick<RandomSource, 'uuidHex'>,
  ) {}

  /** The new key of an archived key; null for text that is no file key (left as it is). */
  keyFor(oldKey: string): string | null {
    const known = this.keys.get(oldKey);
    if (known) return known;
    const parsed = parseFileKey(oldKey);
    if (!parsed) return null;
    const key = buildFileKey({ ownerId: this.ownerId, kind: parsed.kind, uuidHex: this.random.uuidHex(), extension: parsed.extension });
    this.keys.set(oldKey, key);
    return key;
  }

  /** A `/media/<key>` URL moved along with its key; other URLs are kept. */
  urlFor(url: string | null): string | null {
    if (!url?.startsWith(MEDIA_PREFIX)) return url;
    const key = this.keyFor(url.slice(MEDIA_PREFIX.length));
    return key ? fileUrlOf(key) : url;
  }
}
