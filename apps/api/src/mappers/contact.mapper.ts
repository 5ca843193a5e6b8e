/** Contact document -> the ContactObject output, in its documented key order; "last contacted" is
 * derived from the log here, never stored. */
import { formatDateTime, type ContactObject } from '@jobtracker/contracts';
import { lastContacted, type Contact } from '@jobtracker/core';

export function toContactObject(contact: Contact): ContactObject {
  const last = lastContacted(contact);
  return {
    id: contact.id,
    user_id: contact.user_id,
    name: contact.name,
    role: contact.role,
    company: contact.company,
    email: contact.email,
    phone: contact.phone,
    profile_url: contact.profile_url,
    notes: contact.notes,
    application_ids: [...contact.application_ids],
    interactions: contact.interactions.map((entry) => ({ date: formatDateTime(entry.date), channel: entry.channel, note: entry.note })),
    last_contacted: last ? formatDateTime(last) : null,
    created_at: formatDateTime(contact.created_at),
    updated_at: formatDateTime(contact.updated_at),
  };
}
