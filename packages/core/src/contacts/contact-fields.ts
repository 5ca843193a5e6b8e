/** Validated contact input and the stored defaults: every text field present (blank when not
 * given), so readers never tell absent from empty. */
import type { Contact } from './contact.js';

/** The editable fields, already validated by the transport's schema (contracts' contacts.ts). */
export type ContactFields = {
  name?: string;
  role?: string;
  company?: string;
  email?: string;
  phone?: string;
  profile_url?: string;
  notes?: string;
};

export type NewContactFields = ContactFields & { name: string };

const TEXT_KEYS = ['name', 'role', 'company', 'email', 'phone', 'profile_url', 'notes'] as const;

/** The sent fields only: an omitted (undefined) field never overwrites a stored one. */
export function sentContactFields(fields: ContactFields): ContactFields {
  const sent: ContactFields = {};
  for (const key of TEXT_KEYS) {
    const value = fields[key];
    if (value !== undefined) sent[key] = value;
  }
  return sent;
}

export function newContact(options: { id: string; userId: number; fields: NewContactFields; now: Date }): Contact {
  const { fields, now } = options;
  return {
    id: options.id,
    user_id: options.userId,
    name: fields.name,
    role: fields.role ?? '',
    company: fields.company ?? '',
    email: fields.email ?? '',
    phone: fields.phone ?? '',
    profile_url: fields.profile_url ?? '',
    notes: fields.notes ?? '',
    application_ids: [],
    interactions: [],
    created_at: now,
    updated_at: now,
  };
}
