/** Many applications of one user in one `BEGIN IMMEDIATE` transaction (imports, restores): all
 * stored or none, with the applications whose import fingerprint the user already has skipped. */
import type { Application } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import { inChunks, IN_LIST_SIZE } from '../chunks.js';
import type { Database } from '../schema.js';
import { writeTransaction } from '../write-transaction.js';
import { applicationToRow } from './application.mapper.js';

/** Fingerprints among `fingerprints` that the user's stored applications carry. */
export async function storedFingerprints(db: Kysely<Database>, userId: number, fingerprints: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of inChunks([...new Set(fingerprints)])) {
    const rows = await db
      .selectFrom('applications')
      .select('import_fingerprint')
      .where('user_id', '=', userId)
      .where('import_fingerprint', 'in', chunk)
      .execute();
    for (const row of rows) if (row.import_fingerprint !== null) found.add(row.import_fingerprint);
  }
  return found;
}

/** The source is read inside the transaction, one batch at a time, so a stream of any length
 * stays flat in memory; the store's connection is held until it ends (other queries of this
 * process wait, other processes wait on the lock up to busy_timeout). */
export function createApplications(
  db: Kysely<Database>,
  userId: number,
  applications: Iterable<Application> | AsyncIterable<Application>,
): Promise<{ created: number; skipped: number }> {
  return writeTransaction(db, async (trx) => {
    const seen = new Set<string>();
    let created = 0;
    let skipped = 0;
    const flush = async (batch: Application[]): Promise<void> => {
      const fingerprints = batch.flatMap((application) => (application.import_fingerprint === undefined ? [] : [application.import_fingerprint]));
      const stored = await storedFingerprints(trx, userId, fingerprints.filter((fingerprint) => !seen.has(fingerprint)));
      for (const application of batch) {
        const fingerprint = application.import_fingerprint;
        if (fingerprint !== undefined && (seen.has(fingerprint) || stored.has(fingerprint))) {
          skipped += 1;
          continue;
        }
        if (fingerprint !== undefined) seen.add(fingerprint);
        await trx.insertInto('applications').values(applicationToRow(application)).execute();
        created += 1;
      }
    };
    let batch: Application[] = [];
    for await (const application of applications) {
      if (application.user_id !== userId) throw new Error(`application ${application.id} is not user ${userId}'s`);
      batch.push(application);
      if (batch.length === IN_LIST_SIZE) {
        await flush(batch);
        batch = [];
      }
    }
    await flush(batch);
    return { created, skipped };
  });
}
