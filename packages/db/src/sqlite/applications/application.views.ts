/** Application views: a few document paths per row via json_extract, so analytics over
 * thousands of documents skip parsing each document whole. The indexed columns come from the
 * list's covering index (migration 6), so the dashboard's query never reads the table. (The
 * views of all of a user's applications are kept: application.view-cache.ts.) */
import type { ApplicationFilter, ApplicationView, NextAction, ViewField } from '@jobtracker/core';
import type { SqliteConnection } from '../sqlite-connection.js';
import { fromIsoText } from '../stored-values.js';
import { matchingApplications } from './application.filter.js';
import { timelineEventFromDoc, type StoredTimelineEvent } from './application.mapper.js';

type ViewRow = Record<string, string | number | null>;

/** Each field: how to select it and how to put it into the view. */
const FIELDS: Record<ViewField, { select: string; apply: (view: ApplicationView, value: string | number) => void }> = {
  'application.status': {
    select: 'status',
    apply: (view, value) => void ((view.application ??= {}).status = String(value)),
  },
  'application.source': {
    select: 'source',
    apply: (view, value) => void ((view.application ??= {}).source = String(value)),
  },
  'application.applied_date': {
    select: `json_extract(doc, '$.application.applied_date')`,
    apply: (view, value) => void ((view.application ??= {}).applied_date = fromIsoText(String(value))),
  },
  created_at: {
    select: 'created_at',
    apply: (view, value) => void (view.created_at = fromIsoText(String(value))),
  },
  'requirements.skills_required': {
    select: `json_extract(doc, '$.requirements.skills_required')`,
    apply: (view, value) => void ((view.requirements ??= {}).skills_required = JSON.parse(String(value)) as string[]),
  },
  timeline: {
    select: `json_extract(doc, '$.timeline')`,
    apply: (view, value) => void (view.timeline = (JSON.parse(String(value)) as StoredTimelineEvent[]).map(timelineEventFromDoc)),
  },
  'job.salary_min': {
    select: `json_extract(doc, '$.job.salary_min')`,
    apply: (view, value) => void ((view.job ??= {}).salary_min = Number(value)),
  },
  'job.salary_max': {
    select: `json_extract(doc, '$.job.salary_max')`,
    apply: (view, value) => void ((view.job ??= {}).salary_max = Number(value)),
  },
  id: {
    select: 'id',
    apply: (view, value) => void (view.id = String(value)),
  },
  'job.title': {
    select: `json_extract(doc, '$.job.title')`,
    apply: (view, value) => void ((view.job ??= {}).title = String(value)),
  },
  'application.resume_version': {
    select: `json_extract(doc, '$.application.resume_version')`,
    apply: (view, value) => void ((view.application ??= {}).resume_version = String(value)),
  },
  'requirements.skills_preferred': {
    select: `json_extract(doc, '$.requirements.skills_preferred')`,
    apply: (view, value) => void ((view.requirements ??= {}).skills_preferred = JSON.parse(String(value)) as string[]),
  },
  // An object comes back as JSON text; a calendar date is plain text.
  next_action: {
    select: `json_extract(doc, '$.next_action')`,
    apply: (view, value) => void (view.next_action = JSON.parse(String(value)) as NextAction),
  },
  deadline: {
    select: `json_extract(doc, '$.deadline')`,
    apply: (view, value) => void (view.deadline = String(value)),
  },
  'company.location': {
    select: `json_extract(doc, '$.company.location')`,
    apply: (view, value) => void (view.company.location = String(value)),
  },
  'company.industry': {
    select: `json_extract(doc, '$.company.industry')`,
    apply: (view, value) => void (view.company.industry = String(value)),
  },
  'job.employment_type': {
    select: `json_extract(doc, '$.job.employment_type')`,
    apply: (view, value) => void ((view.job ??= {}).employment_type = String(value)),
  },
  'job.work_mode': {
    select: `json_extract(doc, '$.job.work_mode')`,
    apply: (view, value) => void ((view.job ??= {}).work_mode = String(value)),
  },
  'job.experience_level': {
    select: `json_extract(doc, '$.job.experience_level')`,
    apply: (view, value) => void ((view.job ??= {}).experience_level = String(value)),
  },
  notes: {
    select: `json_extract(doc, '$.notes')`,
    apply: (view, value) => void (view.notes = String(value)),
  },
};

/** The user's applications matching `filter`, newest first, with these fields only. */
export function findApplicationViews(
  conn: SqliteConnection,
  options: { userId: number; filter: ApplicationFilter; fields: readonly ViewField[] },
): ApplicationView[] {
  const fields = [...new Set(options.fields)];
  const where = matchingApplications(options.userId, options.filter);
  const selects = ['company_name', ...fields.map((field, index) => `${FIELDS[field].select} as f${index}`)];
  const rows = conn.all<ViewRow>({
    sql: `select ${selects.join(', ')} from applications where ${where.sql} order by created_at desc, id desc`,
    parameters: where.parameters,
  });
  return rows.map((row) => toView(row, fields));
}

function toView(row: ViewRow, fields: readonly ViewField[]): ApplicationView {
  const view: ApplicationView = { company: { name: String(row['company_name']) } };
  fields.forEach((field, index) => {
    // NULL stands for a missing key and a stored null alike: the analytics treat them the same.
    const value = row[`f${index}`];
    if (value !== null && value !== undefined) FIELDS[field].apply(view, value);
  });
  return view;
}
