/** ApplicationRepository on the `applications` collection. */
import type {
  Application,
  ApplicationFilter,
  ApplicationRepository,
  ApplicationView,
  PageRequest,
  StatusCount,
  ViewField,
} from '@jobtracker/core';
import { COLLECTIONS } from '../collections.js';
import type { Document, FindOptions, MinimalCollection, MinimalDb } from '../minimal-db.js';
import { ownDocument } from '../object-id.js';
import { eqInteger, inStrings } from '../safe-values.js';
import { updateVersioned, VERSION_FIELD } from '../versioned-update.js';
import { createApplications, storedFingerprints } from './application.batch.js';
import { matchingApplications, NEWEST_FIRST } from './application.filter.js';
import { applicationFromDoc, applicationToDoc, newApplicationDoc } from './application.mapper.js';
import { findApplicationViews, viewOfDoc, viewProjection } from './application.views.js';

/** Documents per query when streaming: large enough to amortise the query, small enough to stay flat. */
const STREAM_BATCH_SIZE = 500;

export class MongoApplicationRepository implements ApplicationRepository {
  private readonly applications: MinimalCollection;

  constructor(db: MinimalDb) {
    this.applications = db.collection(COLLECTIONS.applications);
  }

  async findById(userId: number, id: string): Promise<Application | null> {
    const filter = ownDocument(userId, id);
    const doc = filter && (await this.applications.findOne(filter));
    return doc ? applicationFromDoc(doc) : null;
  }

  async findPage(userId: number, filter: ApplicationFilter, page: PageRequest): Promise<{ total: number; items: Application[] }> {
    const query = matchingApplications(userId, filter);
    const options: FindOptions = { sort: NEWEST_FIRST, skip: page.offset };
    if (page.limit !== null) options.limit = page.limit;
    const [total, docs] = await Promise.all([
      this.applications.countDocuments(query),
      this.applications.find(query, options).toArray(),
    ]);
    return { total, items: docs.map(applicationFromDoc) };
  }

  async *stream(userId: number, filter: ApplicationFilter): AsyncGenerator<Application> {
    for await (const batch of this.batches(matchingApplications(userId, filter))) {
      for (const doc of batch) yield applicationFromDoc(doc);
    }
  }

  async *streamViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): AsyncGenerator<ApplicationView> {
    // The export's columns only (a projection), plus the sort keys the next batch starts after.
    const distinct = [...new Set(fields)];
    const projection = { ...viewProjection(distinct), _id: 1, created_at: 1 };
    for await (const batch of this.batches(matchingApplications(userId, filter), projection)) {
      for (const doc of batch) yield viewOfDoc(doc, distinct);
    }
  }

  /** Every document matching `query`, newest first, in batches. Keyset pagination: each batch is
   * a fresh indexed query after the last document seen, so memory stays flat and no server
   * cursor outlives a slow consumer. */
  private async *batches(query: Document, projection?: Document): AsyncGenerator<Document[]> {
    let after: Document | null = null;
    for (;;) {
      const options: FindOptions = { sort: NEWEST_FIRST, limit: STREAM_BATCH_SIZE };
      if (projection) options.projection = projection;
      const batch = await this.applications.find(after ? { $and: [query, after] } : query, options).toArray();
      yield batch;
      const last = batch.at(-1);
      if (!last || batch.length < STREAM_BATCH_SIZE) return;
      after = afterDocument(last);
    }
  }

  findViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): Promise<ApplicationView[]> {
    return findApplicationViews(this.applications, { userId, filter, fields });
  }

  async create(application: Application): Promise<void> {
    await this.applications.insertOne({ ...newApplicationDoc(application), [VERSION_FIELD]: 0 });
  }

  createMany(userId: number, applications: Iterable<Application> | AsyncIterable<Application>): Promise<{ created: number; skipped: number }> {
    return createApplications(this.applications, userId, applications);
  }

  findImportFingerprints(userId: number, fingerprints: readonly string[]): Promise<Set<string>> {
    return storedFingerprints(this.applications, userId, fingerprints);
  }

  async update(userId: number, id: string, change: (current: Application) => Application): Promise<Application | null> {
    const filter = ownDocument(userId, id);
    if (!filter) return null;
    const stored = await updateVersioned(this.applications, filter, (doc) =>
      // The key is not `change`'s to move: the document stays this user's, under this id.
      applicationToDoc({ ...change(applicationFromDoc(doc)), id, user_id: userId }),
    );
    return stored ? applicationFromDoc(stored) : null;
  }

  async delete(userId: number, id: string): Promise<boolean> {
    const filter = ownDocument(userId, id);
    return filter !== null && (await this.applications.deleteOne(filter)).deletedCount > 0;
  }

  async deleteAllOfUser(userId: number): Promise<number> {
    return (await this.applications.deleteMany({ user_id: eqInteger(userId) })).deletedCount;
  }

  async countByStatus(userId: number): Promise<StatusCount[]> {
    const groups = await this.applications
      .aggregate([
        { $match: { user_id: eqInteger(userId) } },
        // A missing status groups under null, as a stored null does.
        { $group: { _id: '$application.status', count: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    return groups.map((group) => ({ status: (group['_id'] as string | null | undefined) ?? null, count: group['count'] as number }));
  }

  async countByCompanyNames(userId: number, names: readonly string[]): Promise<Map<string, number>> {
    // Every requested name gets an entry, zero included, so callers need no fallback.
    const counts = new Map<string, number>(names.map((name) => [name, 0]));
    if (names.length === 0) return counts;
    const groups = await this.applications
      .aggregate([
        { $match: { user_id: eqInteger(userId), 'company.name': inStrings([...new Set(names)]) } },
        { $group: { _id: '$company.name', count: { $sum: 1 } } },
      ])
      .toArray();
    for (const group of groups) counts.set(group['_id'] as string, group['count'] as number);
    return counts;
  }
}

/** Documents strictly after `last` in (created_at DESC, missing last; _id DESC) order. */
function afterDocument(last: Document): Document {
  const createdAt = last['created_at'];
  if (createdAt === undefined || createdAt === null) return { created_at: null, _id: { $lt: last['_id'] } };
  return {
    $or: [{ created_at: { $lt: createdAt } }, { created_at: createdAt, _id: { $lt: last['_id'] } }, { created_at: null }],
  };
}
