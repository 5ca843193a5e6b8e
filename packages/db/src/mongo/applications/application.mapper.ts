/** Maps between the core `Application` and its document: the id as the ObjectId `_id`, dates as
 * BSON dates, plus what only the adapter reads (`_lc`: lowercased copies the text filters match,
 * `_v`: the version of optimistic updates). Absent keys stay absent and nulls stay null. */
import type { Application } from '@jobtracker/core';
import type { Document } from '../minimal-db.js';
import { idFromStored, newStoredId } from '../object-id.js';
import { assertStorableKeys, foldCase, withoutUndefined } from '../safe-values.js';

/** The stored document without its `_id` and version: what an insert or a replacement writes. */
export function applicationToDoc(source: Application): Document {
  const { id: _id, user_id, ...fields } = source;
  const lowercased: Document = { company_name: foldCase(source.company.name), job_title: foldCase(source.job.title) };
  if (typeof source.notes === 'string') lowercased['notes'] = foldCase(source.notes);
  const doc = withoutUndefined({ user_id, ...fields, _lc: lowercased });
  assertStorableKeys(doc);
  return doc;
}

export function newApplicationDoc(source: Application): Document {
  return { _id: newStoredId(source.id), ...applicationToDoc(source) };
}

export function applicationFromDoc(doc: Document): Application {
  const { _id, user_id, _lc, _v, application, timeline, attachments, created_at, updated_at, ...plain } = doc;
  // The same key order as the SQLite store gives.
  const result = { id: idFromStored(_id), user_id, ...plain } as Application;
  if (application !== undefined) result.application = application as Application['application'];
  if (timeline !== undefined) result.timeline = timeline as Application['timeline'];
  if (attachments !== undefined) result.attachments = attachments as Application['attachments'];
  if (created_at !== undefined) result.created_at = created_at as Date;
  if (updated_at !== undefined) result.updated_at = updated_at as Date;
  return result;
}
