/** Where the local-disk store keeps things under its root (MEDIA_ROOT):
 *   uploads/<user>/<kind>/<uuid><ext>             committed files (the served tree)
 *   .names/uploads/<user>/<kind>/<uuid><ext>.json display names, outside the served tree
 *   .staging/<uuid>.part                           uploads in flight, invisible to readers
 * The first two are the layout of the API's earlier media store, so its files stay readable. */
import { join, resolve, sep } from 'node:path';
import { parseFileKey } from '@jobtracker/core';

const STAGING_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export type LocalLayout = ReturnType<typeof localLayout>;

export function localLayout(rootDirectory: string) {
  const root = resolve(rootDirectory);
  const uploads = join(root, 'uploads');
  const names = join(root, '.names');
  const staging = join(root, '.staging');

  return {
    root,
    uploads,
    names,
    staging,

    /** The absolute path of `key`, or null unless it is server-shaped and the owner's. The
     * prefix check repeats the shape check in path terms, in case either ever loosens. */
    filePath(ownerId: number, key: string): string | null {
      const parsed = parseFileKey(key);
      if (!parsed || parsed.ownerId !== ownerId) return null;
      const absolute = resolve(root, key);
      return absolute.startsWith(join(uploads, String(ownerId)) + sep) ? absolute : null;
    },

    /** The display-name file of a key already checked by `filePath`. */
    namePath(key: string): string {
      return join(names, `${key}.json`);
    },

    ownerDirectories(ownerId: number): { files: string; names: string } | null {
      if (!Number.isSafeInteger(ownerId) || ownerId < 1) return null;
      return { files: join(uploads, String(ownerId)), names: join(names, 'uploads', String(ownerId)) };
    },

    /** Staging ids are uuids this store issued; anything else is refused. */
    stagingPath(stagingId: string): string {
      if (!STAGING_ID.test(stagingId)) throw new Error('local files: not a staging id of this store');
      return join(staging, `${stagingId}.part`);
    },
  };
}
