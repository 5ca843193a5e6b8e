/** Create, read, change and delete one contact. Every read-modify-write goes through the
 * repository's atomic `update`; a contact is only ever found through its owner. */
import { DomainError } from '../shared/domain-error.js';
import { parseObjectId, type IdGenerator } from '../shared/ids.js';
import type { Contact } from './contact.js';
import { newContact, sentContactFields, type ContactFields, type NewContactFields } from './contact-fields.js';
import type { ContactRepository } from './ports.js';

/** A malformed path id is 400 (checked after body validation, before existence). */
export function contactIdOrFail(text: string): string {
  const id = parseObjectId(text);
  if (id === null) throw new DomainError('CONTACT.INVALID_ID');
  return id;
}

export async function createContact(
  deps: { contacts: Pick<ContactRepository, 'create'>; ids: IdGenerator },
  command: { userId: number; fields: NewContactFields; now: Date },
): Promise<Contact> {
  const contact = newContact({ id: deps.ids.objectId(command.now), userId: command.userId, fields: command.fields, now: command.now });
  await deps.contacts.create(contact);
  return contact;
}

/** 400 for a malformed id, 404 when missing or another user's. */
export async function getContact(deps: { contacts: Pick<ContactRepository, 'findById'> }, query: { userId: number; id: string }): Promise<Contact> {
  const contact = await deps.contacts.findById(query.userId, contactIdOrFail(query.id));
  if (!contact) throw new DomainError('CONTACT.NOT_FOUND');
  return contact;
}

/** Applies `change` atomically to the caller's contact and refreshes `updated_at`. */
export async function changeContact(
  deps: { contacts: Pick<ContactRepository, 'update'> },
  command: { userId: number; id: string; now: Date; change: (current: Contact) => Contact },
): Promise<Contact> {
  const updated = await deps.contacts.update(command.userId, contactIdOrFail(command.id), (current) => ({
    ...command.change(current),
    updated_at: command.now,
  }));
  if (!updated) throw new DomainError('CONTACT.NOT_FOUND');
  return updated;
}

/** PUT and PATCH alike: the sent fields replace the stored ones; links and the log stay. */
export function updateContact(
  deps: { contacts: Pick<ContactRepository, 'update'> },
  command: { userId: number; id: string; fields: ContactFields; now: Date },
): Promise<Contact> {
  const sent = sentContactFields(command.fields);
  return changeContact(deps, { ...command, change: (current) => ({ ...current, ...sent }) });
}

export async function deleteContact(deps: { contacts: Pick<ContactRepository, 'delete'> }, command: { userId: number; id: string }): Promise<void> {
  if (!(await deps.contacts.delete(command.userId, contactIdOrFail(command.id)))) throw new DomainError('CONTACT.NOT_FOUND');
}
