/** ApplicationRepository kept in memory: the whole port with the SQLite adapter's semantics, for
 * core tests and as a reference the conformance suites check. */
import type { Application } from '../applications/application.js';
import type { ApplicationView, ViewField } from '../applications/application-view.js';
import type { ApplicationFilter, ApplicationRepository, PageRequest, StatusCount } from '../applications/ports.js';
import { countStatuses, matchesApplication, newestFirst, viewOf } from './application-queries.js';
import { copyDocument } from './document-copy.js';

export class InMemoryApplicationRepository implements ApplicationRepository {
  /** Stored copies by id; nothing outside ever holds a reference into them. */
  private readonly documents = new Map<string, Application>();

  async findById(userId: number, id: string): Promise<Application | null> {
    const found = this.own(userId, id);
    return found ? copyDocument(found) : null;
  }

  async findPage(userId: number, filter: ApplicationFilter, page: PageRequest): Promise<{ total: number; items: Application[] }> {
    const all = this.matching(userId, filter);
    const end = page.limit === null ? undefined : page.offset + page.limit;
    return { total: all.length, items: all.slice(page.offset, end).map(copyDocument) };
  }

  async *stream(userId: number, filter: ApplicationFilter): AsyncGenerator<Application> {
    for (const application of this.matching(userId, filter)) yield copyDocument(application);
  }

  async findViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): Promise<ApplicationView[]> {
    return this.matching(userId, filter).map((application) => viewOf(application, fields));
  }

  async create(application: Application): Promise<void> {
    // The id is the primary key: a second document under it is refused, not merged.
    if (this.documents.has(application.id)) throw new Error(`duplicate application id ${application.id}`);
    this.documents.set(application.id, copyDocument(application));
  }

  /** Collects the whole batch before storing any of it, so a failure part-way leaves nothing. */
  async createMany(userId: number, applications: Iterable<Application> | AsyncIterable<Application>): Promise<{ created: number; skipped: number }> {
    const batch: Application[] = [];
    for await (const application of applications) batch.push(copyDocument(application));
    // Checked and stored without awaiting, so no other write lands in between.
    const seen = new Set<string>();
    for (const application of this.documents.values()) {
      if (application.user_id === userId && application.import_fingerprint !== undefined) seen.add(application.import_fingerprint);
    }
    const kept: Application[] = [];
    const ids = new Set<string>();
    for (const application of batch) {
      if (application.user_id !== userId) throw new Error(`application ${application.id} is not user ${userId}'s`);
      if (this.documents.has(application.id) || ids.has(application.id)) {
        throw new Error(`duplicate application id ${application.id}`);
      }
      const fingerprint = application.import_fingerprint;
      if (fingerprint !== undefined && seen.has(fingerprint)) continue;
      if (fingerprint !== undefined) seen.add(fingerprint);
      kept.push(application);
      ids.add(application.id);
    }
    for (const application of kept) this.documents.set(application.id, application);
    return { created: kept.length, skipped: batch.length - kept.length };
  }

  async findImportFingerprints(userId: number, fingerprints: readonly string[]): Promise<Set<string>> {
    const wanted = new Set(fingerprints);
    const found = new Set<string>();
    for (const application of this.documents.values()) {
      const fingerprint = application.import_fingerprint;
      if (application.user_id === userId && fingerprint !== undefined && wanted.has(fingerprint)) found.add(fingerprint);
    }
    return found;
  }

  /** Runs without awaiting between read and write, so it is atomic like the real adapters'. */
  async update(userId: number, id: string, change: (current: Application) => Application): Promise<Application | null> {
    const current = this.own(userId, id);
    if (!current) return null;
    // The key is not `change`'s to move: the document stays this user's, under this id.
    const next = copyDocument({ ...change(copyDocument(current)), id, user_id: userId });
    this.documents.set(id, next);
    return copyDocument(next);
  }

  async delete(userId: number, id: string): Promise<boolean> {
    return this.own(userId, id) !== undefined && this.documents.delete(id);
  }

  async deleteAllOfUser(userId: number): Promise<number> {
    const doomed = [...this.documents.values()].filter((application) => application.user_id === userId);
    for (const application of doomed) this.documents.delete(application.id);
    return doomed.length;
  }

  async countByStatus(userId: number): Promise<StatusCount[]> {
    return countStatuses(this.matching(userId, {}));
  }

  async countByCompanyNames(userId: number, names: readonly string[]): Promise<Map<string, number>> {
    // Every requested name gets an entry, zero included, as the port promises.
    const counts = new Map<string, number>(names.map((name) => [name, 0]));
    for (const application of this.documents.values()) {
      const count = counts.get(application.company.name);
      if (application.user_id === userId && count !== undefined) counts.set(application.company.name, count + 1);
    }
    return counts;
  }

  private own(userId: number, id: string): Application | undefined {
    const found = this.documents.get(id);
    return found?.user_id === userId ? found : undefined;
  }

  private matching(userId: number, filter: ApplicationFilter): Application[] {
    return [...this.documents.values()]
      .filter((application) => application.user_id === userId && matchesApplication(application, filter))
      .sort(newestFirst);
  }
}
