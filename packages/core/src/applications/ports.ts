/** What application use cases need from storage. Filters carry user text as literal text, never
 * as a pattern; "contains" means case-insensitive substring (Unicode lowercase). */
import type { Application } from './application.js';
import type { ApplicationView, ViewField } from './application-view.js';

export type ApplicationFilter = {
  /** Exact, case-sensitive `application.status`. */
  status?: string;
  /** Case-insensitive substring of `company.name`. */
  companyContains?: string;
  /** Case-insensitive substring of `job.title`. */
  jobTitleContains?: string;
  isFavorite?: boolean;
  /** Case-insensitive substring of `company.name`, `job.title` or `notes` (search). */
  anyTextContains?: string;
  /** Exact, case-sensitive `company.name` (the company linkage of contract 2.4). */
  companyName?: string;
};

export type PageRequest = {
  offset: number;
  /** null: no limit. */
  limit: number | null;
};

export type StatusCount = { status: string | null; count: number };

export interface ApplicationRepository {
  findById(userId: number, id: string): Promise<Application | null>;
  /** Newest first (`created_at` descending); reads only the page and the count. */
  findPage(userId: number, filter: ApplicationFilter, page: PageRequest): Promise<{ total: number; items: Application[] }>;
  /** Every match, newest first, streamed in batches so memory stays flat. */
  stream(userId: number, filter: ApplicationFilter): AsyncIterable<Application>;
  /** Every match, newest first, carrying only `company.name` and `fields`: analytics over a
   * user's whole collection without reading every document whole (a MongoDB-style projection). */
  findViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): Promise<ApplicationView[]>;
  /** The views of `findViews`, streamed in batches like `stream`: an export of any size reads
   * only its columns, one batch at a time, and keeps none of it. */
  streamViews(userId: number, filter: ApplicationFilter, fields: readonly ViewField[]): AsyncIterable<ApplicationView>;
  create(application: Application): Promise<void>;
  /** Stores many of one user's applications (imports, restores) all or nothing: one transaction
   * where the store has them, compensation (deleting what it stored) where it has not, so a
   * failure, including an error thrown by `applications` while it is read, leaves none of them.
   * An application whose `import_fingerprint` the user already has, stored before or earlier in
   * the same call, is skipped. `applications` is read once, in order, so it may be a stream. */
  createMany(userId: number, applications: Iterable<Application> | AsyncIterable<Application>): Promise<{ created: number; skipped: number }>;
  /** Which of `fingerprints` the user's applications carry as `import_fingerprint`. */
  findImportFingerprints(userId: number, fingerprints: readonly string[]): Promise<Set<string>>;
  /** Atomic read-modify-write of one document; errors thrown by `change` abort it.
   * Null when the document does not exist for this user. */
  update(userId: number, id: string, change: (current: Application) => Application): Promise<Application | null>;
  delete(userId: number, id: string): Promise<boolean>;
  /** Deletes every application of the user (demo reseeding); returns how many. */
  deleteAllOfUser(userId: number): Promise<number>;
  countByStatus(userId: number): Promise<StatusCount[]>;
  /** Applications per exact company name, for the given names only. */
  countByCompanyNames(userId: number, names: readonly string[]): Promise<Map<string, number>>;
}
