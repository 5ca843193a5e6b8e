/** Read-modify-write of one document without a transaction: the replacement is conditional on
 * the version that was read (`_v`), so a write that landed in between makes it miss, and the
 * change is applied again to the newer document. No update is ever lost, whichever process
 * made it. */
import type { Document, MinimalCollection } from './minimal-db.js';

/** Each miss means another writer succeeded, so this bounds only a pathological loop. */
const MAX_ATTEMPTS = 1000;

export const VERSION_FIELD = '_v';

/** Replaces the document matching `filter` with `change(current)` (its `_v` advanced); null when
 * nothing matches. `change` may run more than once and must depend only on `current`. Returns
 * the stored replacement. */
export async function updateVersioned(
  collection: MinimalCollection,
  filter: Document,
  change: (current: Document) => Document,
): Promise<Document | null> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = await collection.findOne(filter);
    if (!current) return null;
    const version: unknown = current[VERSION_FIELD];
    // The `_id` is the filter's to keep, not the change's to move.
    const { _id: _ignored, ...fields } = change(current);
    const replacement = { ...fields, [VERSION_FIELD]: (typeof version === 'number' ? version : 0) + 1 };
    // Documents written by other tools may carry no version yet; they get one now.
    const unchanged = typeof version === 'number' ? { $eq: version } : { $exists: false };
    const result = await collection.replaceOne({ ...filter, [VERSION_FIELD]: unchanged }, replacement);
    if (result.matchedCount === 1) return { _id: current['_id'], ...replacement };
  }
  throw new Error(`Update gave up after ${MAX_ATTEMPTS} conflicting writes`);
}
