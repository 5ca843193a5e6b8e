/** ApplicationRepository on the `applications` table (documents plus indexed columns). Totals
 * and status counts come from the trigger-kept tallies where the filter allows. */
import type {
  Application,
  ApplicationFilter,
  ApplicationRepository,
  ApplicationView,
  PageRequest,
  StatusCount,
  ViewField,
} from '@jobtracker/core';
import { DocumentTable } from '../document-table.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { allOf, anyOf, condition, type Condition } from '../sql-condition.js';
import { createApplications, storedFingerprints } from './application.batch.js';
import { matchingApplications, tallyKeyOf } from './application.filter.js';
import { applicationFromRow, applicationToRow } from './application.mapper.js';
import { ApplicationTallies } from './application.tallies.js';
import { ApplicationViewCache } from './application.view-cache.js';
import { viewStreamSelection, type ViewStreamRow } from './application.view-stream.js';
import { findApplicationViews } from './application.views.js';

/** Rows per query when streaming: large enough to amortise the query, small enough to stay flat. */
const STREAM_BATCH_SIZE = 500;

/** Position of the last streamed row in the (created_at DESC, id DESC) order. */
type StreamCursor = { created_at: string | null; id: string };
type StreamRow = StreamCursor & { user_id: number; doc: string; version: number };

export class SqliteApplicationRepository implements ApplicationRepository {
  readonly #conn: SqliteConnection;
  readonly #documents: DocumentTable<Application>;
  readonly #tallies: ApplicationTallies;
  readonly #viewCache: ApplicationViewCache;

  constructor(conn: SqliteConnection) {
    this.#conn = conn;
    this.#documents = new DocumentTable(conn, {
      table: 'applications',
      fromRow: applicationFromRow,
      toRow: applicationToRow,
      pageOrder: 'created_at desc, id desc',
      versioned: true,
    });
    this.#tallies = new ApplicationTallies(conn);
    this.#viewCache = new ApplicationViewCache(conn);
  }

  async findById(userId: number, id: string): Promise<Application | null> {
    return this.#documents.findById(userId, id);
  }

  async findPage(userId: number, filter: ApplicationFilter, page: PageRequest): Promise<{ total: number; items: Application[] }> {
    const key = tallyKeyOf(filter);
    const count = key === null ? undefined : () => (key === 'all' ? this.#tallies.total(userId) : this.#tallies.ofStatus(userId, key.status));
    return this.#documents.findPage(matchingApplications(userId, filter), page, count);
  }

  async *stream(userId: number, filter: ApplicationFilter): AsyncGenerator<Application> {
    // Whole collections pass through here (search, the PDF report, archives): they would only churn the cache.
    for (const rows of this.#batches<StreamRow>(matchingApplications(userId, filter), 'user_id, doc, version')) {
      for (const row of rows) yield this.#documents.documentOf(row, row.version, false);
    }
  }

  async *streamViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): AsyncGenerator<ApplicationView> {
    // The export's columns only, from SQLite's JSON functions: no document parsed or cached.
    const selection = viewStreamSelection(fields);
    for (const rows of this.#batches<StreamCursor & ViewStreamRow>(matchingApplications(userId, filter), selection.columns)) {
      for (const row of rows) yield selection.viewOf(row);
    }
  }

  /** Every row matching `where`, newest first, in batches. Keyset pagination: each batch is a
   * fresh indexed query after the last row seen, read only when the caller asks for it, so
   * memory stays flat and writers get the connection between batches. */
  *#batches<R extends StreamCursor>(where: Condition, columns: string): Generator<R[]> {
    let cursor: StreamCursor | null = null;
    for (;;) {
      const conditions: Condition = cursor === null ? where : allOf([where, afterCursor(cursor)]);
      const rows = this.#conn.all<R>({
        sql: `select id, created_at, ${columns} from applications where ${conditions.sql} order by created_at desc, id desc limit ${STREAM_BATCH_SIZE}`,
        parameters: conditions.parameters,
      });
      yield rows;
      const last = rows.at(-1);
      if (!last || rows.length < STREAM_BATCH_SIZE) return;
      cursor = { created_at: last.created_at, id: last.id };
    }
  }

  async findViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): Promise<ApplicationView[]> {
    const load = () => findApplicationViews(this.#conn, { userId, filter, fields });
    // All of a user's applications (what analytics and insights read) are worth keeping parsed.
    return Object.keys(filter).length === 0 ? this.#viewCache.views(userId, fields, load) : load();
  }

  create(application: Application): Promise<void> {
    return this.#documents.create(application);
  }

  createMany(userId: number, applications: Iterable<Application> | AsyncIterable<Application>): Promise<{ created: number; skipped: number }> {
    return createApplications(this.#conn, userId, applications);
  }

  async findImportFingerprints(userId: number, fingerprints: readonly string[]): Promise<Set<string>> {
    return storedFingerprints(this.#conn, userId, fingerprints);
  }

  update(userId: number, id: string, change: (current: Application) => Application): Promise<Application | null> {
    return this.#documents.update(userId, id, change);
  }

  delete(userId: number, id: string): Promise<boolean> {
    return this.#documents.delete(userId, id);
  }

  deleteAllOfUser(userId: number): Promise<number> {
    return this.#conn.write(() => this.#conn.run({ sql: 'delete from applications where user_id = ?', parameters: [userId] }).changes);
  }

  async countByStatus(userId: number): Promise<StatusCount[]> {
    return this.#tallies.byStatus(userId);
  }

  async countByCompanyNames(userId: number, names: readonly string[]): Promise<Map<string, number>> {
    // Every requested name gets an entry, zero included, so callers need no fallback.
    const counts = new Map<string, number>(names.map((name) => [name, 0]));
    if (names.length === 0) return counts;
    const distinct = [...new Set(names)];
    const rows = this.#conn.all<{ company_name: string; count: number }>({
      sql: `select company_name, count(*) as count from applications where user_id = ? and company_name in (${distinct.map(() => '?').join(', ')}) group by company_name`,
      parameters: [userId, ...distinct],
    });
    for (const row of rows) counts.set(row.company_name, row.count);
    return counts;
  }
}

/** Rows strictly after `cursor` in (created_at DESC NULLS LAST, id DESC) order. */
function afterCursor(cursor: StreamCursor): Condition {
  if (cursor.created_at === null) return condition('(created_at is null and id < ?)', cursor.id);
  return anyOf([
    condition('created_at < ?', cursor.created_at),
    condition('(created_at = ? and id < ?)', cursor.created_at, cursor.id),
    condition('created_at is null'),
  ]);
}
