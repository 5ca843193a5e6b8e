/** Application views: a few document paths per row via json_extract, so analytics over
 * thousands of documents skip parsing each document whole. The indexed columns come from the
 * list's covering index, so the dashboard's query never reads the table.
 *
 * A process keeps the views it read, tagged with the user's revision (migration 4's triggers
 * move it with every write of the user's applications, from any process): one indexed read says
 * whether they still hold. The revision is read before the rows, so a write landing in between
 * makes the kept views look older than they are (they are read again next time), never newer.
 * Kept views are shared by every reader, so they are frozen. */
import type { ApplicationFilter, ApplicationView, NextAction, ViewField } from '@jobtracker/core';
import { deepFreeze } from '../document-cache.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { fromIsoText } from '../stored-values.js';
import { matchingApplications } from './application.filter.js';
import { timelineEventFromDoc, type StoredTimelineEvent } from './application.mapper.js';
import { ApplicationTallies } from './application.tallies.js';

type ViewRow = Record<string, string | number | null>;

/** Rows kept across all cached results; beyond it the least recently used results go. About
 * 100 bytes a row for the dashboard's fields. */
const MAX_CACHED_ROWS = 250_000;

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
};

type Kept = { userId: number; revision: number; views: readonly ApplicationView[] };

export class ApplicationViews {
  readonly #conn: SqliteConnection;
  readonly #tallies: ApplicationTallies;
  readonly #kept = new Map<string, Kept>();
  #keptRows = 0;

  constructor(conn: SqliteConnection) {
    this.#conn = conn;
    this.#tallies = new ApplicationTallies(conn);
  }

  find(userId: number, filter: ApplicationFilter, requested: readonly ViewField[]): ApplicationView[] {
    const fields = [...new Set(requested)];
    const where = matchingApplications(userId, filter);
    const key = `${where.sql}\n${JSON.stringify(where.parameters)}\n${fields.join(',')}`;
    const revision = this.#tallies.revision(userId);
    const kept = this.#kept.get(key);
    if (kept && kept.revision === revision) {
      // Most recently used last: the Map's order is the eviction order.
      this.#kept.delete(key);
      this.#kept.set(key, kept);
      return kept.views as ApplicationView[];
    }
    const selects = ['company_name', ...fields.map((field, index) => `${FIELDS[field].select} as f${index}`)];
    const rows = this.#conn.all<ViewRow>({
      sql: `select ${selects.join(', ')} from applications where ${where.sql} order by created_at desc, id desc`,
      parameters: where.parameters,
    });
    const views = deepFreeze(rows.map((row) => toView(row, fields)));
    this.#keep(key, { userId, revision, views });
    return views;
  }

  #keep(key: string, entry: Kept): void {
    const previous = this.#kept.get(key);
    if (previous) {
      this.#kept.delete(key);
      this.#keptRows -= previous.views.length;
    }
    if (entry.views.length > MAX_CACHED_ROWS) return;
    while (this.#keptRows + entry.views.length > MAX_CACHED_ROWS) {
      const [oldestKey, oldest] = this.#kept.entries().next().value as [string, Kept];
      this.#kept.delete(oldestKey);
      this.#keptRows -= oldest.views.length;
    }
    this.#kept.set(key, entry);
    this.#keptRows += entry.views.length;
  }
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
