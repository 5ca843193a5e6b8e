/** Many applications of one user in one transaction (imports, restores): all stored or none,
 * with the applications whose import fingerprint the user already has skipped. */
import type { Application } from '@jobtracker/core';
import { inChunks } from '../chunks.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { insertInto } from '../sql-statements.js';
import { applicationToRow } from './application.mapper.js';

type Row = ReturnType<typeof applicationToRow>;

/** Fingerprints among `fingerprints` that the user's stored applications carry. */
export function storedFingerprints(conn: SqliteConnection, userId: number, fingerprints: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const chunk of inChunks([...new Set(fingerprints)])) {
    const rows = conn.all<{ import_fingerprint: string | null }>({
      sql: `select import_fingerprint from applications where user_id = ? and import_fingerprint in (${chunk.map(() => '?').join(', ')})`,
      parameters: [userId, ...chunk],
    });
    for (const row of rows) if (row.import_fingerprint !== null) found.add(row.import_fingerprint);
  }
  return found;
}

/** The source is read first, each application turned into its row (the stored JSON text, about
 * the size of the file it came from), and the rows are written by one synchronous write of the
 * group commit: the transaction never waits on the source, so it holds the write lock only for
 * the inserts and commits with one fsync. */
export async function createApplications(
  conn: SqliteConnection,
  userId: number,
  applications: Iterable<Application> | AsyncIterable<Application>,
): Promise<{ created: number; skipped: number }> {
  const rows: Row[] = [];
  for await (const application of applications) {
    if (application.user_id !== userId) throw new Error(`application ${application.id} is not user ${userId}'s`);
    rows.push(applicationToRow(application));
  }
  return conn.write(() => {
    const fingerprints = rows.flatMap((row) => (row.import_fingerprint == null ? [] : [row.import_fingerprint]));
    const seen = storedFingerprints(conn, userId, fingerprints);
    let created = 0;
    let skipped = 0;
    for (const row of rows) {
      const fingerprint = row.import_fingerprint;
      if (fingerprint != null && seen.has(fingerprint)) {
        skipped += 1;
        continue;
      }
      if (fingerprint != null) seen.add(fingerprint);
      conn.run(insertInto('applications', row as Record<string, unknown>));
      created += 1;
    }
    return { created, skipped };
  });
}
