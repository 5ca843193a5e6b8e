/** Maps between the core `Contact` and its document: the id as the ObjectId `_id`, dates as BSON
 * dates, plus what only the adapter reads (`_lc`: lowercased copies the search matches and the
 * list sorts by, `_v`: the optimistic-update version). */
import type { Contact } from '@jobtracker/core';
import type { Document } from '../minimal-db.js';
import { idFromStored, newStoredId } from '../object-id.js';
import { assertStorableKeys, foldCase, withoutUndefined } from '../safe-values.js';

/** The stored document without its `_id` and version: what an insert or a replacement writes. */
export function contactToDoc(source: Contact): Document {
  const { id: _id, user_id, ...fields } = source;
  const lowercased: Document = {
    name: foldCase(source.name),
    company: foldCase(source.company),
    role: foldCase(source.role),
    email: foldCase(source.email),
  };
  const doc = withoutUndefined({ user_id, ...fields, _lc: lowercased });
  assertStorableKeys(doc);
  return doc;
}

export function newContactDoc(source: Contact): Document {
  return { _id: newStoredId(source.id), ...contactToDoc(source) };
}

export function contactFromDoc(doc: Document): Contact {
  const { _id, user_id, _lc, _v, ...plain } = doc;
  // The same key order as the SQLite store gives.
  return { id: idFromStored(_id), user_id, ...plain } as Contact;
}
