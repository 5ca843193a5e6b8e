/** What crashed or abandoned uploads leave in the bucket, and its removal:
 *  - staged files (finished uploads never committed or discarded), when their files document was
 *    written (`uploadDate`) at or before the cutoff;
 *  - orphan chunks: GridFS writes the chunks first and the files document last, so a process
 *    killed mid-upload (or between the two deletes of a removal) leaves chunks no files document
 *    names. They are removed when their upload started before the cutoff: the file id is an
 *    ObjectId made when the upload began, whose timestamp has whole seconds, so only ids from a
 *    second that ended by the cutoff count.
 * With several processes on one bucket, pass a cutoff older than any upload still in flight. */
import { ObjectId } from 'mongodb';
import { requireDate } from '../safe-values.js';
import { deleteFile, STAGING_PREFIX, type GridFsCollections } from './gridfs-layout.js';

/** How many file ids one `$in` lookup checks. */
const BATCH = 1000;

async function sweepStaged(collections: GridFsCollections, stagedBefore: Date): Promise<number> {
  const filter = { filename: { $regex: `^${STAGING_PREFIX}` }, 'metadata.staged': { $eq: true }, uploadDate: { $lte: stagedBefore } };
  const leftovers = await collections.files.find(filter, { projection: { _id: 1 } }).toArray();
  let removed = 0;
  for (const { _id } of leftovers) {
    // The same condition again: a commit that won the race keeps its file.
    if (await deleteFile(collections, _id as ObjectId, filter)) removed++;
  }
  return removed;
}

async function sweepOrphanChunks(collections: GridFsCollections, stagedBefore: Date): Promise<number> {
  const seconds = Math.floor(stagedBefore.getTime() / 1000);
  if (seconds <= 0) return 0;
  // Served by the chunks' { files_id, n } index; `$lt` on an ObjectId matches ObjectIds only.
  const grouped = await collections.chunks
    .aggregate([{ $match: { files_id: { $lt: ObjectId.createFromTime(seconds) } } }, { $group: { _id: '$files_id' } }])
    .toArray();
  const candidates = grouped.map((group) => group['_id'] as ObjectId);
  let removed = 0;
  for (let at = 0; at < candidates.length; at += BATCH) {
    const batch = candidates.slice(at, at + BATCH);
    const present = await collections.files.find({ _id: { $in: batch } }, { projection: { _id: 1 } }).toArray();
    const named = new Set(present.map((document) => (document['_id'] as ObjectId).toHexString()));
    for (const id of batch) {
      if (named.has(id.toHexString())) continue;
      const { deletedCount } = await collections.chunks.deleteMany({ files_id: { $eq: id } });
      if (deletedCount > 0) removed++;
    }
  }
  return removed;
}

/** Staged leftovers first: their chunks go with them, so they are not counted twice. */
export async function sweepGridFs(collections: GridFsCollections, stagedBefore: Date): Promise<number> {
  const cutoff = requireDate(stagedBefore);
  return (await sweepStaged(collections, cutoff)) + (await sweepOrphanChunks(collections, cutoff));
}
