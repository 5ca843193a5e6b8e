/** Integer sequences shared by every process: one counter document per name, advanced with an
 * atomic `$inc`, so two processes never receive the same number. */
import { COLLECTIONS } from './collections.js';
import type { MinimalDb } from './minimal-db.js';

export type SequenceName = 'users' | 'companies';

/** The next value of `name`, starting at 1. Values are never reused; a failed insert leaves a gap. */
export async function nextSequence(db: MinimalDb, name: SequenceName): Promise<number> {
  const counter = await db
    .collection(COLLECTIONS.counters)
    .findOneAndUpdate({ _id: name }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' });
  const value: unknown = counter?.['seq'];
  if (typeof value !== 'number') throw new Error(`Counter ${name} returned no value`);
  return value;
}
