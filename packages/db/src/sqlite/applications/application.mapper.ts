/** Maps between the core `Application` and its row: the document as JSON text (dates as ISO
 * text, `id`/`user_id` only in their columns) plus the indexed columns derived from it.
 * Absent keys stay absent and nulls stay null, because rendering tells them apart. */
import type { Application, ApplicationInfo, Attachment, TimelineEvent } from '@jobtracker/core';
import type { Insertable, Selectable } from 'kysely';
import type { ApplicationsTable, IsoDateText } from '../schema.js';
import { foldCase, fromIsoText, fromNullableIsoText, toIsoText, toNullableIsoText, toSqliteBoolean } from '../stored-values.js';

type StoredApplicationInfo = Omit<ApplicationInfo, 'applied_date'> & { applied_date?: IsoDateText | null };
export type StoredTimelineEvent = Omit<TimelineEvent, 'date'> & { date?: IsoDateText | null };
type StoredAttachment = Omit<Attachment, 'uploaded_at'> & { uploaded_at: IsoDateText };

/** The JSON in `applications.doc`. */
export type ApplicationDoc = Omit<
  Application,
  'id' | 'user_id' | 'application' | 'timeline' | 'attachments' | 'created_at' | 'updated_at'
> & {
  application?: StoredApplicationInfo;
  timeline?: StoredTimelineEvent[];
  attachments?: StoredAttachment[];
  created_at?: IsoDateText;
  updated_at?: IsoDateText;
};

export type ApplicationDocRow = Pick<Selectable<ApplicationsTable>, 'id' | 'user_id' | 'doc'>;

export function applicationFromRow(row: ApplicationDocRow): Application {
  const { application, timeline, attachments, created_at, updated_at, ...plain } = JSON.parse(row.doc) as ApplicationDoc;
  const result: Application = { id: row.id, user_id: row.user_id, ...plain };
  if (application !== undefined) result.application = applicationInfoFromDoc(application);
  if (timeline !== undefined) result.timeline = timeline.map(timelineEventFromDoc);
  if (attachments !== undefined) result.attachments = attachments.map(attachmentFromDoc);
  if (created_at !== undefined) result.created_at = fromIsoText(created_at);
  if (updated_at !== undefined) result.updated_at = fromIsoText(updated_at);
  return result;
}

export function applicationToRow(source: Application): Insertable<ApplicationsTable> {
  return {
    id: source.id,
    user_id: source.user_id,
    status: source.application?.status ?? null,
    source: source.application?.source ?? null,
    company_name: source.company.name,
    company_name_lc: foldCase(source.company.name),
    job_title_lc: foldCase(source.job.title),
    notes_lc: typeof source.notes === 'string' ? foldCase(source.notes) : null,
    is_favorite: source.is_favorite === undefined ? null : toSqliteBoolean(source.is_favorite),
    created_at: source.created_at === undefined ? null : toIsoText(source.created_at),
    import_fingerprint: source.import_fingerprint ?? null,
    doc: JSON.stringify(applicationToDoc(source)),
  };
}

function applicationToDoc(source: Application): ApplicationDoc {
  // id and user_id live in their columns only, so the two can never disagree.
  const { id: _id, user_id: _userId, application, timeline, attachments, created_at, updated_at, ...plain } = source;
  const doc: ApplicationDoc = plain;
  if (application !== undefined) doc.application = applicationInfoToDoc(application);
  if (timeline !== undefined) doc.timeline = timeline.map(timelineEventToDoc);
  if (attachments !== undefined) doc.attachments = attachments.map(attachmentToDoc);
  if (created_at !== undefined) doc.created_at = toIsoText(created_at);
  if (updated_at !== undefined) doc.updated_at = toIsoText(updated_at);
  return doc;
}

function applicationInfoToDoc(info: ApplicationInfo): StoredApplicationInfo {
  const { applied_date, ...rest } = info;
  return applied_date === undefined ? rest : { ...rest, applied_date: toNullableIsoText(applied_date) };
}

function applicationInfoFromDoc(info: StoredApplicationInfo): ApplicationInfo {
  const { applied_date, ...rest } = info;
  return applied_date === undefined ? rest : { ...rest, applied_date: fromNullableIsoText(applied_date) };
}

function timelineEventToDoc(event: TimelineEvent): StoredTimelineEvent {
  const { date, ...rest } = event;
  return date === undefined ? rest : { ...rest, date: toNullableIsoText(date) };
}

export function timelineEventFromDoc(event: StoredTimelineEvent): TimelineEvent {
  const { date, ...rest } = event;
  return date === undefined ? rest : { ...rest, date: fromNullableIsoText(date) };
}

function attachmentToDoc(attachment: Attachment): StoredAttachment {
  return { ...attachment, uploaded_at: toIsoText(attachment.uploaded_at) };
}

function attachmentFromDoc(attachment: StoredAttachment): Attachment {
  return { ...attachment, uploaded_at: fromIsoText(attachment.uploaded_at) };
}
