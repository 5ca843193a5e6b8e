/** What the in-memory ApplicationRepository answers with, written to the same semantics as the
 * SQLite adapter (and checked against it by the conformance suites in packages/db). */
import type { Application } from '../applications/application.js';
import type { ApplicationView, ViewField } from '../applications/application-view.js';
import type { ApplicationFilter, StatusCount } from '../applications/ports.js';
import { compareCodePoints } from '../companies/company-fields.js';
import { copyDocument } from './document-copy.js';
import { containsIgnoringCase } from './text-match.js';

/** Every criterion must hold (AND). Text criteria are literal, case-insensitive substrings. */
export function matchesApplication(application: Application, filter: ApplicationFilter): boolean {
  if (filter.status !== undefined && application.application?.status !== filter.status) return false;
  if (filter.companyName !== undefined && application.company.name !== filter.companyName) return false;
  if (filter.companyContains !== undefined && !containsIgnoringCase(application.company.name, filter.companyContains)) return false;
  if (filter.jobTitleContains !== undefined && !containsIgnoringCase(application.job.title, filter.jobTitleContains)) return false;
  // A document without the key matches neither true nor false, as a MongoDB equality would.
  if (filter.isFavorite !== undefined && application.is_favorite !== filter.isFavorite) return false;
  if (filter.anyTextContains !== undefined) {
    const term = filter.anyTextContains;
    const found = [application.company.name, application.job.title, application.notes].some((text) => containsIgnoringCase(text, term));
    if (!found) return false;
  }
  return true;
}

/** Newest first, documents without `created_at` last, the id (descending) breaking ties. */
export function newestFirst(a: Application, b: Application): number {
  const left = a.created_at?.getTime();
  const right = b.created_at?.getTime();
  if (left !== right) {
    if (left === undefined) return 1;
    if (right === undefined) return -1;
    return right - left;
  }
  return compareCodePoints(b.id, a.id);
}

/** One entry per status, absent and null statuses together as null; null first, then
 * code-point order (SQLite's `ORDER BY` of a text column). */
export function countStatuses(applications: Iterable<Application>): StatusCount[] {
  const counts = new Map<string | null, number>();
  for (const application of applications) {
    const status = application.application?.status ?? null;
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts]
    .map(([status, count]) => ({ status, count }))
    .sort((a, b) => (a.status === null ? -1 : b.status === null ? 1 : compareCodePoints(a.status, b.status)));
}

/** Each field: copies its value from the document into the view. Missing keys and stored nulls
 * are both left out, as a projection that reads NULL for either. */
const VIEW_FIELD_COPIERS: Record<ViewField, (view: ApplicationView, application: Application) => void> = {
  'application.status': (view, { application }) => {
    if (application?.status != null) (view.application ??= {}).status = application.status;
  },
  'application.source': (view, { application }) => {
    if (application?.source != null) (view.application ??= {}).source = application.source;
  },
  'application.applied_date': (view, { application }) => {
    if (application?.applied_date != null) (view.application ??= {}).applied_date = application.applied_date;
  },
  created_at: (view, { created_at }) => {
    if (created_at != null) view.created_at = created_at;
  },
  'requirements.skills_required': (view, { requirements }) => {
    if (requirements?.skills_required != null) (view.requirements ??= {}).skills_required = requirements.skills_required;
  },
  timeline: (view, { timeline }) => {
    if (timeline != null) view.timeline = timeline;
  },
  'job.salary_min': (view, { job }) => {
    if (job.salary_min != null) (view.job ??= {}).salary_min = job.salary_min;
  },
  'job.salary_max': (view, { job }) => {
    if (job.salary_max != null) (view.job ??= {}).salary_max = job.salary_max;
  },
  id: (view, { id }) => {
    view.id = id;
  },
  'job.title': (view, { job }) => {
    if (job.title != null) (view.job ??= {}).title = job.title;
  },
  'application.resume_version': (view, { application }) => {
    if (application?.resume_version != null) (view.application ??= {}).resume_version = application.resume_version;
  },
  'requirements.skills_preferred': (view, { requirements }) => {
    if (requirements?.skills_preferred != null) (view.requirements ??= {}).skills_preferred = requirements.skills_preferred;
  },
  next_action: (view, { next_action }) => {
    if (next_action != null) view.next_action = next_action;
  },
  deadline: (view, { deadline }) => {
    if (deadline != null) view.deadline = deadline;
  },
  'company.location': (view, { company }) => {
    if (company.location != null) view.company.location = company.location;
  },
  'company.industry': (view, { company }) => {
    if (company.industry != null) view.company.industry = company.industry;
  },
  'job.employment_type': (view, { job }) => {
    if (job.employment_type != null) (view.job ??= {}).employment_type = job.employment_type;
  },
  'job.work_mode': (view, { job }) => {
    if (job.work_mode != null) (view.job ??= {}).work_mode = job.work_mode;
  },
  'job.experience_level': (view, { job }) => {
    if (job.experience_level != null) (view.job ??= {}).experience_level = job.experience_level;
  },
  notes: (view, { notes }) => {
    if (notes != null) view.notes = notes;
  },
};

/** `company.name` and the asked fields of one document, copied. */
export function viewOf(application: Application, fields: readonly ViewField[]): ApplicationView {
  const view: ApplicationView = { company: { name: application.company.name } };
  for (const field of new Set(fields)) VIEW_FIELD_COPIERS[field](view, application);
  return copyDocument(view);
}
