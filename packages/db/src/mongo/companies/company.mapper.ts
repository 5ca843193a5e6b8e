/** Maps between the core `Company` and its document: the id as the ObjectId `_id`, dates as BSON
 * dates, plus what only the adapter reads (`_lc`: lowercased copies for the text filters and the
 * duplicate-name lookup, `_seq`: insertion order, `_v`: the optimistic-update version). */
import type { Company } from '@jobtracker/core';
import type { Document } from '../minimal-db.js';
import { idFromStored, newStoredId } from '../object-id.js';
import { assertStorableKeys, foldCase, withoutUndefined } from '../safe-values.js';

export const SEQUENCE_FIELD = '_seq';

/** The stored document without its `_id` and version; `seq` is the insertion position, fixed at
 * creation. */
export function companyToDoc(source: Company, seq: number): Document {
  const { id: _id, user_id, ...fields } = source;
  const lowercased: Document = { name: foldCase(source.name) };
  if (typeof source.industry === 'string') lowercased['industry'] = foldCase(source.industry);
  if (typeof source.location === 'string') lowercased['location'] = foldCase(source.location);
  const doc = withoutUndefined({ user_id, ...fields, _lc: lowercased, [SEQUENCE_FIELD]: seq });
  assertStorableKeys(doc);
  return doc;
}

export function newCompanyDoc(source: Company, seq: number): Document {
  return { _id: newStoredId(source.id), ...companyToDoc(source, seq) };
}

export function companyFromDoc(doc: Document): Company {
  const { _id, user_id, _lc, _seq, _v, created_at, updated_at, ...plain } = doc;
  // The same key order as the SQLite store gives.
  const result = { id: idFromStored(_id), user_id, ...plain } as Company;
  if (created_at !== undefined) result.created_at = created_at as Date;
  if (updated_at !== undefined) result.updated_at = updated_at as Date;
  return result;
}
