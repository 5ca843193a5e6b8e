/** ApplicationRepository on the `applications` table (documents plus indexed columns). */
import type {
  Application,
  ApplicationFilter,
  ApplicationRepository,
  ApplicationView,
  PageRequest,
  StatusCount,
  ViewField,
} from '@jobtracker/core';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { DocumentTable } from '../document-table.js';
import type { Database } from '../schema.js';
import { createApplications, storedFingerprints } from './application.batch.js';
import { matchingApplications } from './application.filter.js';
import { applicationFromRow, applicationToRow } from './application.mapper.js';
import { ApplicationViewCache } from './application.view-cache.js';
import { findApplicationViews } from './application.views.js';

/** Rows per query when streaming: large enough to amortise the query, small enough to stay flat. */
const STREAM_BATCH_SIZE = 500;

/** Position of the last streamed row in the (created_at DESC, id DESC) order. */
type StreamCursor = { created_at: string | null; id: string };

export class SqliteApplicationRepository implements ApplicationRepository {
  private readonly documents: DocumentTable<'applications', Application>;
  private readonly viewCache: ApplicationViewCache;

  constructor(private readonly db: Kysely<Database>) {
    this.viewCache = new ApplicationViewCache(db);
    this.documents = new DocumentTable(db, {
      table: 'applications',
      fromRow: applicationFromRow,
      toRow: applicationToRow,
      pageOrder: (query) => query.orderBy('created_at', 'desc').orderBy('id', 'desc'),
    });
  }

  findById(userId: number, id: string): Promise<Application | null> {
    return this.documents.findById(userId, id);
  }

  findPage(userId: number, filter: ApplicationFilter, page: PageRequest): Promise<{ total: number; items: Application[] }> {
    return this.documents.findPage(matchingApplications(userId, filter), page);
  }

  async *stream(userId: number, filter: ApplicationFilter): AsyncGenerator<Application> {
    // Keyset pagination: each batch is a fresh indexed query after the last row seen, so memory
    // stays flat and the connection is free for writers between batches.
    let cursor: StreamCursor | null = null;
    for (;;) {
      const rows = await this.streamBatch(userId, filter, cursor);
      for (const row of rows) yield applicationFromRow(row);
      const last = rows.at(-1);
      if (!last || rows.length < STREAM_BATCH_SIZE) return;
      cursor = { created_at: last.created_at, id: last.id };
    }
  }

  private streamBatch(userId: number, filter: ApplicationFilter, cursor: StreamCursor | null) {
    let query = this.db
      .selectFrom('applications')
      .select(['id', 'user_id', 'doc', 'created_at'])
      .where(matchingApplications(userId, filter));
    if (cursor !== null) query = query.where((eb) => afterCursor(eb, cursor));
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(STREAM_BATCH_SIZE).execute();
  }

  findViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): Promise<ApplicationView[]> {
    const load = () => findApplicationViews(this.db, { userId, filter, fields });
    // All of a user's applications (what analytics and insights read) are worth keeping parsed.
    return Object.keys(filter).length === 0 ? this.viewCache.views(userId, fields, load) : load();
  }

  create(application: Application): Promise<void> {
    return this.documents.create(application);
  }

  createMany(userId: number, applications: Iterable<Application> | AsyncIterable<Application>): Promise<{ created: number; skipped: number }> {
    return createApplications(this.db, userId, applications);
  }

  findImportFingerprints(userId: number, fingerprints: readonly string[]): Promise<Set<string>> {
    return storedFingerprints(this.db, userId, fingerprints);
  }

  update(userId: number, id: string, change: (current: Application) => Application): Promise<Application | null> {
    return this.documents.update(userId, id, change);
  }

  delete(userId: number, id: string): Promise<boolean> {
    return this.documents.delete(userId, id);
  }

  async deleteAllOfUser(userId: number): Promise<number> {
    const result = await this.db.deleteFrom('applications').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async countByStatus(userId: number): Promise<StatusCount[]> {
    const rows = await this.db
      .selectFrom('applications')
      .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
      .where('user_id', '=', userId)
      .groupBy('status')
      .orderBy('status')
      .execute();
    return rows.map((row) => ({ status: row.status, count: row.count }));
  }

  async countByCompanyNames(userId: number, names: readonly string[]): Promise<Map<string, number>> {
    // Every requested name gets an entry, zero included, so callers need no fallback.
    const counts = new Map<string, number>(names.map((name) => [name, 0]));
    if (names.length === 0) return counts;
    const rows = await this.db
      .selectFrom('applications')
      .select((eb) => ['company_name', eb.fn.countAll<number>().as('count')])
      .where('user_id', '=', userId)
      .where('company_name', 'in', [...new Set(names)])
      .groupBy('company_name')
      .execute();
    for (const row of rows) counts.set(row.company_name, row.count);
    return counts;
  }
}

/** Rows strictly after `cursor` in (created_at DESC NULLS LAST, id DESC) order. */
function afterCursor(eb: ExpressionBuilder<Database, 'applications'>, cursor: StreamCursor): Expression<SqlBool> {
  if (cursor.created_at === null) {
    return eb.and([eb('created_at', 'is', null), eb('id', '<', cursor.id)]);
  }
  return eb.or([
    eb('created_at', '<', cursor.created_at),
    eb.and([eb('created_at', '=', cursor.created_at), eb('id', '<', cursor.id)]),
    eb('created_at', 'is', null),
  ]);
}
