/** How the GridFS file store keeps files in its bucket, shared by the store and its sweep. */
import type { ObjectId } from 'mongodb';
import type { Document, MinimalCollection } from '../minimal-db.js';

export type GridFsCollections = { files: MinimalCollection; chunks: MinimalCollection };

/** Staged uploads are named `staging/<file id>`: never a key, so never found by `open`. */
export const STAGING_PREFIX = 'staging/';

/** Deletes the files document matching `filter` and `id`, then its chunks; true when this call
 * deleted it. Chunks go only with a document this call deleted, so a conditional delete that
 * lost a race (a sweep against a commit) leaves the winner's bytes alone. Document first: the
 * file is gone for readers at once, and a crash before the chunks leaves orphans for `sweep`. */
export async function deleteFile(collections: GridFsCollections, id: ObjectId, filter: Document): Promise<boolean> {
  const { deletedCount } = await collections.files.deleteOne({ ...filter, _id: { $eq: id } });
  if (deletedCount === 0) return false;
  await collections.chunks.deleteMany({ files_id: { $eq: id } });
  return true;
}
