/** Test data builder for contact documents: every key present, overridable. */
import type { Contact } from '../contacts/contact.js';
import { anObjectId, at } from './basic-builders.js';

export function aContact(userId: number, overrides: Partial<Contact> = {}): Contact {
  return {
    id: anObjectId(),
    user_id: userId,
    name: 'Ada Lovelace',
    role: 'Engineering Manager',
    company: 'Analytical Engines',
    email: 'ada@example.com',
    phone: '+44 20 7946 0000',
    profile_url: 'https://www.linkedin.com/in/ada',
    notes: 'Met at the meetup',
    application_ids: [],
    interactions: [{ date: at('2025-05-20T10:00:00.000Z'), channel: 'email', note: 'Intro' }],
    created_at: at('2025-05-24T20:20:00.000Z'),
    updated_at: at('2025-05-24T20:20:00.000Z'),
    ...overrides,
  };
}
