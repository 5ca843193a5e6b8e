/** Many applications of one user (imports, restores) without a transaction: batches inserted
 * unordered, the unique (user, import fingerprint) index arbitrating races between processes, and
 * on failure the documents this call inserted deleted again, so it stores all or none. A crash
 * in the middle can leave part of a batch; an import run again completes it without duplicates. */
import type { Application } from '@jobtracker/core';
import type { Document, MinimalCollection } from '../minimal-db.js';
import { DUPLICATE_KEY } from '../minimal-db.js';
import { newStoredId } from '../object-id.js';
import { eqInteger, inStrings } from '../safe-values.js';
import { VERSION_FIELD } from '../versioned-update.js';
import { newApplicationDoc } from './application.mapper.js';

/** Documents per insert: far below the 100,000 operations and 48 MB of one server batch. */
const BATCH_SIZE = 500;

export async function storedFingerprints(collection: MinimalCollection, userId: number, fingerprints: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(fingerprints)];
  for (let start = 0; start < unique.length; start += BATCH_SIZE) {
    const docs = await collection
      .find({ user_id: eqInteger(userId), import_fingerprint: inStrings(unique.slice(start, start + BATCH_SIZE)) }, { projection: { import_fingerprint: 1 } })
      .toArray();
    for (const doc of docs) found.add(doc['import_fingerprint'] as string);
  }
  return found;
}

/** Codes of the documents an unordered insert refused; null when the error is not a write error
 * report (a network or write-concern failure), where nothing is known per document. */
function writeErrorCodes(error: unknown): number[] | null {
  const writeErrors = (error as { writeErrors?: unknown } | null)?.writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  if (list.length === 0) return null;
  return list.map((item) => Number((item as { code?: unknown }).code));
}

export async function createApplications(
  collection: MinimalCollection,
  userId: number,
  applications: Iterable<Application> | AsyncIterable<Application>,
): Promise<{ created: number; skipped: number }> {
  const inserted: unknown[] = [];
  const seen = new Set<string>();
  let skipped = 0;

  const flush = async (batch: Application[]): Promise<void> => {
    const fingerprints = batch.flatMap((application) => (application.import_fingerprint === undefined ? [] : [application.import_fingerprint]));
    const stored = await storedFingerprints(collection, userId, fingerprints.filter((fingerprint) => !seen.has(fingerprint)));
    const docs: Document[] = [];
    for (const application of batch) {
      const fingerprint = application.import_fingerprint;
      if (fingerprint !== undefined && (seen.has(fingerprint) || stored.has(fingerprint))) {
        skipped += 1;
        continue;
      }
      if (fingerprint !== undefined) seen.add(fingerprint);
      docs.push({ ...newApplicationDoc(application), [VERSION_FIELD]: 0 });
    }
    if (docs.length === 0) return;
    try {
      await collection.insertMany(docs, { ordered: false });
      inserted.push(...docs.map((doc) => doc['_id']));
    } catch (error) {
      const ids = docs.map((doc) => doc['_id']);
      const landed = await collection.find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray();
      inserted.push(...landed.map((doc) => doc['_id']));
      // Only duplicate fingerprints (another import of the same rows won the race) are expected.
      const codes = writeErrorCodes(error);
      if (codes === null || codes.some((code) => code !== DUPLICATE_KEY)) throw error;
      skipped += docs.length - landed.length;
    }
  };

  try {
    let batch: Application[] = [];
    for await (const application of applications) {
      if (application.user_id !== userId) throw new Error(`application ${application.id} is not user ${userId}'s`);
      // Checked before anything is written for it, so a bad id fails the call early.
      newStoredId(application.id);
      batch.push(application);
      if (batch.length === BATCH_SIZE) {
        await flush(batch);
        batch = [];
      }
    }
    await flush(batch);
  } catch (error) {
    for (let start = 0; start < inserted.length; start += BATCH_SIZE) {
      await collection.deleteMany({ _id: { $in: inserted.slice(start, start + BATCH_SIZE) } });
    }
    throw error;
  }
  return { created: inserted.length, skipped };
}
