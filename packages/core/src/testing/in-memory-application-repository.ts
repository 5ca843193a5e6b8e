/** ApplicationRepository kept in memory: the whole port with the SQLite adapter's semantics, for
 * core tests and as a reference the conformance suites check. */
import type { Application } from '../applications/application.js';
import type { ApplicationView, ViewField } from '../applications/application-view.js';
import type { ApplicationFilter, ApplicationRepository, PageRequest, StatusCount } from '../applications/ports.js';
import { countStatuses, matchesApplication, newestFirst, viewOf } from './application-queries.js';
import { copyDocument } from './document-copy.js';
import { InMemoryDocumentRepository } from './in-memory-document-repository.js';

export class InMemoryApplicationRepository extends InMemoryDocumentRepository<Application> implements ApplicationRepository {
  constructor() {
    super('application');
  }

  async findPage(userId: number, filter: ApplicationFilter, page: PageRequest): Promise<{ total: number; items: Application[] }> {
    return this.pageOf(this.matching(userId, filter), page);
  }

  async *stream(userId: number, filter: ApplicationFilter): AsyncGenerator<Application> {
    for (const application of this.matching(userId, filter)) yield copyDocument(application);
  }

  async findViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): Promise<ApplicationView[]> {
    return this.matching(userId, filter).map((application) => viewOf(application, fields));
  }

  async *streamViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): AsyncGenerator<ApplicationView> {
    for (const application of this.matching(userId, filter)) yield viewOf(application, fields);
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

  private matching(userId: number, filter: ApplicationFilter): Application[] {
    return this.ownedWhere(userId, (application) => matchesApplication(application, filter)).sort(newestFirst);
  }
}
