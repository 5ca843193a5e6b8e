/** Application views: a projection of a few document paths, so analytics over thousands of
 * documents transfer and map only what they read. */
import type { ApplicationFilter, ApplicationView, NextAction, TimelineEvent, ViewField } from '@jobtracker/core';
import { idFromStored } from '../object-id.js';
import type { Document, MinimalCollection } from '../minimal-db.js';
import { matchingApplications, NEWEST_FIRST } from './application.filter.js';

/** How each field is put into the view; the projection path is the field itself. */
const APPLY: Record<ViewField, (view: ApplicationView, value: unknown) => void> = {
  'application.status': (view, value) => void ((view.application ??= {}).status = String(value)),
  'application.source': (view, value) => void ((view.application ??= {}).source = String(value)),
  'application.applied_date': (view, value) => void ((view.application ??= {}).applied_date = value as Date),
  created_at: (view, value) => void (view.created_at = value as Date),
  'requirements.skills_required': (view, value) =>
    void ((view.requirements ??= {}).skills_required = [...(value as string[])]),
  timeline: (view, value) => void (view.timeline = value as TimelineEvent[]),
  'job.salary_min': (view, value) => void ((view.job ??= {}).salary_min = Number(value)),
  'job.salary_max': (view, value) => void ((view.job ??= {}).salary_max = Number(value)),
  // The id is the `_id` (see below), not a path of the document.
  id: (view, value) => void (view.id = idFromStored(value)),
  'job.title': (view, value) => void ((view.job ??= {}).title = String(value)),
  'application.resume_version': (view, value) => void ((view.application ??= {}).resume_version = String(value)),
  'requirements.skills_preferred': (view, value) =>
    void ((view.requirements ??= {}).skills_preferred = [...(value as string[])]),
  next_action: (view, value) => void (view.next_action = { ...(value as NextAction) }),
  deadline: (view, value) => void (view.deadline = String(value)),
  'company.location': (view, value) => void (view.company.location = String(value)),
  'company.industry': (view, value) => void (view.company.industry = String(value)),
  'job.employment_type': (view, value) => void ((view.job ??= {}).employment_type = String(value)),
  'job.work_mode': (view, value) => void ((view.job ??= {}).work_mode = String(value)),
  'job.experience_level': (view, value) => void ((view.job ??= {}).experience_level = String(value)),
  notes: (view, value) => void (view.notes = String(value)),
};

/** Where each field is in the stored document. */
const pathOf = (field: ViewField): string => (field === 'id' ? '_id' : field);

export async function findApplicationViews(
  applications: MinimalCollection,
  options: { userId: number; filter: ApplicationFilter; fields: readonly ViewField[] },
): Promise<ApplicationView[]> {
  const fields = [...new Set(options.fields)];
  const docs = await applications
    .find(matchingApplications(options.userId, options.filter), { projection: viewProjection(fields), sort: NEWEST_FIRST })
    .toArray();
  return docs.map((doc) => viewOfDoc(doc, fields));
}

/** The projection of `company.name` and `fields`. */
export function viewProjection(fields: readonly ViewField[]): Document {
  const projection: Document = { _id: 0, 'company.name': 1 };
  for (const field of fields) projection[pathOf(field)] = 1;
  return projection;
}

/** The view of a projected document: `company.name` and `fields` only. */
export function viewOfDoc(doc: Document, fields: readonly ViewField[]): ApplicationView {
  const view: ApplicationView = { company: { name: String(valueAt(doc, 'company.name')) } };
  for (const field of fields) {
    // A missing key and a stored null alike are left out: the analytics treat them the same.
    const value = valueAt(doc, pathOf(field));
    if (value !== null && value !== undefined) APPLY[field](view, value);
  }
  return view;
}

function valueAt(doc: Document, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Document)[key];
  }
  return value;
}
