/** The FileStore on GridFS (with MongoDB), so every API process serves every file. Layout of
 * the bucket's files documents:
 *   staged:    filename `staging/<id>`, metadata { staged: true }      (invisible to readers)
 *   committed: filename `<key>`,        metadata { owner, displayName }
 * Commit is one conditional update of the files document (filename and metadata together), so a
 * key never shows a partial file and a staged file commits once. A file is deleted files
 * document first (it is gone for readers at once), then its chunks; chunks a crash leaves behind
 * are removed by `sweep`. Keys are checked for shape and owner before any query is built. */
import { parseFileKey, type FileStore, type StagedFile } from '@jobtracker/core';
import { ObjectId } from 'mongodb';
import type { Document, MinimalCollection, MinimalDb } from '../minimal-db.js';
import { eqInteger, eqString } from '../safe-values.js';
import { deleteFile, STAGING_PREFIX, type GridFsCollections } from './gridfs-layout.js';
import { sweepGridFs } from './gridfs-sweep.js';
import { writeAll } from './gridfs-upload.js';
import { bucketCollections, type MinimalBucket } from './minimal-bucket.js';

export type GridFsFileStore = FileStore & {
  /** The bucket's name: its collections are `<name>.files` and `<name>.chunks`. */
  readonly bucketName: string;
};

const STAGING_ID = /^[0-9a-f]{24}$/;

function stagedFileId(staged: StagedFile): ObjectId {
  if (typeof staged.stagingId !== 'string' || !STAGING_ID.test(staged.stagingId)) {
    throw new Error('GridFS files: not a staging id of this store');
  }
  return ObjectId.createFromHexString(staged.stagingId);
}

/** Only positive safe integers are owners (the user ids of both stores). */
function isOwnerId(ownerId: number): boolean {
  return Number.isSafeInteger(ownerId) && ownerId >= 1;
}

/** The filter of `ownerId`'s committed file at `key`, or null unless the key is server-shaped
 * and in the owner's folder. */
function ownFileFilter(ownerId: number, key: string): Document | null {
  if (typeof key !== 'string' || parseFileKey(key)?.ownerId !== ownerId) return null;
  return { filename: eqString(key), 'metadata.owner': eqInteger(ownerId) };
}

async function removeUpload(collections: GridFsCollections, id: ObjectId): Promise<void> {
  await collections.files.deleteOne({ _id: { $eq: id } });
  await collections.chunks.deleteMany({ files_id: { $eq: id } });
}

async function idsOf(collection: MinimalCollection, filter: Document): Promise<ObjectId[]> {
  const documents = await collection.find(filter, { projection: { _id: 1 } }).toArray();
  return documents.map((document) => document['_id'] as ObjectId);
}

export function createGridFsFileStore(options: { db: MinimalDb; bucket: MinimalBucket; bucketName: string }): GridFsFileStore {
  const { bucket, bucketName } = options;
  const names = bucketCollections(bucketName);
  const collections: GridFsCollections = { files: options.db.collection(names.files), chunks: options.db.collection(names.chunks) };

  return {
    bucketName,

    async stage(bytes) {
      const id = new ObjectId();
      const upload = bucket.openUploadStreamWithId(id, `${STAGING_PREFIX}${id.toHexString()}`, { metadata: { staged: true } });
      try {
        await writeAll(upload, bytes);
      } catch (error) {
        upload.destroy();
        // No insert is in flight any more (writeAll awaited each one); the files document exists
        // only if the failure came after it was written (a lost acknowledgement). Should the
        // cleanup fail too, `sweep` removes the rest; the caller needs the original error.
        await removeUpload(collections, id).catch(() => undefined);
        throw error;
      }
      return { stagingId: id.toHexString() };
    },

    async commit(staged, target) {
      const parsed = typeof target.key === 'string' ? parseFileKey(target.key) : null;
      if (!parsed) throw new Error('GridFS files: refusing a key that is not server-shaped');
      if (typeof target.displayName !== 'string') throw new TypeError('GridFS files: the display name must be a string');
      const { matchedCount } = await collections.files.updateOne(
        { _id: { $eq: stagedFileId(staged) }, 'metadata.staged': { $eq: true } },
        { $set: { filename: target.key, metadata: { owner: parsed.ownerId, displayName: target.displayName } } },
      );
      if (matchedCount === 0) throw new Error('GridFS files: no such staged file (committed, discarded or swept)');
    },

    async discard(staged) {
      const id = stagedFileId(staged);
      await deleteFile(collections, id, { 'metadata.staged': { $eq: true } });
    },

    async remove(ownerId, key) {
      const filter = ownFileFilter(ownerId, key);
      if (!filter) return false;
      for (const id of await idsOf(collections.files, filter)) await deleteFile(collections, id, filter);
      return true;
    },

    async removeAll(ownerId) {
      if (!isOwnerId(ownerId)) return 0;
      // The anchored prefix lets the filename index serve the query; the owner decides.
      const filter = { filename: { $regex: `^uploads/${ownerId}/` }, 'metadata.owner': eqInteger(ownerId) };
      let removed = 0;
      for (const id of await idsOf(collections.files, filter)) {
        if (await deleteFile(collections, id, filter)) removed++;
      }
      return removed;
    },

    async list(ownerId) {
      if (!isOwnerId(ownerId)) return [];
      const filter = { filename: { $regex: `^uploads/${ownerId}/` }, 'metadata.owner': eqInteger(ownerId) };
      const documents = await collections.files.find(filter, { projection: { filename: 1 } }).toArray();
      return documents
        .map((document) => String(document['filename']))
        .filter((key) => parseFileKey(key)?.ownerId === ownerId)
        .sort();
    },

    async open(ownerId, key) {
      const filter = ownFileFilter(ownerId, key);
      const found = filter && (await collections.files.findOne(filter, { projection: { _id: 1, length: 1, metadata: 1 } }));
      if (!found) return null;
      const id = found['_id'] as ObjectId;
      const displayName: unknown = (found['metadata'] as Document | undefined)?.['displayName'];
      return {
        size: Number(found['length']),
        displayName: typeof displayName === 'string' ? displayName : null,
        // Opened on first iteration only, so a HEAD request reads no chunk.
        bytes: { [Symbol.asyncIterator]: () => bucket.openDownloadStream(id)[Symbol.asyncIterator]() },
      };
    },

    sweep({ stagedBefore }) {
      return sweepGridFs(collections, stagedBefore);
    },
  };
}
