/** Maps between the core `Contact` and its row: the document as JSON text (dates as ISO text,
 * `id`/`user_id` only in their columns) plus the lowercased copies the search matches and the
 * linked application ids. */
import type { Contact, Interaction } from '@jobtracker/core';
import type { Insertable, Selectable } from 'kysely';
import type { ContactsTable, IsoDateText } from '../schema.js';
import { foldCase, fromIsoText, toIsoText } from '../stored-values.js';

type StoredInteraction = Omit<Interaction, 'date'> & { date: IsoDateText };

/** The JSON in `contacts.doc`. */
type ContactDoc = Omit<Contact, 'id' | 'user_id' | 'interactions' | 'created_at' | 'updated_at'> & {
  interactions: StoredInteraction[];
  created_at: IsoDateText;
  updated_at: IsoDateText;
};

export type ContactDocRow = Pick<Selectable<ContactsTable>, 'id' | 'user_id' | 'doc'>;

export function contactFromRow(row: ContactDocRow): Contact {
  const { interactions, created_at, updated_at, ...plain } = JSON.parse(row.doc) as ContactDoc;
  return {
    id: row.id,
    user_id: row.user_id,
    ...plain,
    interactions: interactions.map((entry) => ({ ...entry, date: fromIsoText(entry.date) })),
    created_at: fromIsoText(created_at),
    updated_at: fromIsoText(updated_at),
  };
}

export function contactToRow(source: Contact): Insertable<ContactsTable> {
  // id and user_id live in their columns only, so the two can never disagree.
  const { id, user_id, interactions, created_at, updated_at, ...plain } = source;
  const doc: ContactDoc = {
    ...plain,
    interactions: interactions.map((entry) => ({ ...entry, date: toIsoText(entry.date) })),
    created_at: toIsoText(created_at),
    updated_at: toIsoText(updated_at),
  };
  return {
    id,
    user_id,
    name_lc: foldCase(source.name),
    company_lc: foldCase(source.company),
    role_lc: foldCase(source.role),
    email_lc: foldCase(source.email),
    application_ids: JSON.stringify(source.application_ids),
    doc: JSON.stringify(doc),
  };
}
