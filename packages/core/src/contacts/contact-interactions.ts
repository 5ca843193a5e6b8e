/** The interaction log of a contact: entries are inserted in date order, so the log reads as a
 * history and "last contacted" is its latest date. */
import { DomainError } from '../shared/domain-error.js';
import type { Contact, Interaction, InteractionChannel } from './contact.js';
import { changeContact } from './manage-contacts.js';
import type { ContactRepository } from './ports.js';

/** Entries per contact: years of weekly calls, small enough for one document. */
export const MAX_INTERACTIONS = 1000;

export type NewInteraction = { date?: Date; channel: InteractionChannel; note?: string };

/** Inserted after every entry dated at or before it, so equal dates keep the order logged. */
export function insertInteraction(log: readonly Interaction[], entry: Interaction): Interaction[] {
  const at = log.findIndex((existing) => existing.date.getTime() > entry.date.getTime());
  return at < 0 ? [...log, entry] : [...log.slice(0, at), entry, ...log.slice(at)];
}

/** `date` defaults to `now`. */
export function logContactInteraction(
  deps: { contacts: Pick<ContactRepository, 'update'> },
  command: { userId: number; contactId: string; interaction: NewInteraction; now: Date },
): Promise<Contact> {
  const entry: Interaction = {
    date: command.interaction.date ?? command.now,
    channel: command.interaction.channel,
    note: command.interaction.note ?? '',
  };
  return changeContact(deps, {
    userId: command.userId,
    id: command.contactId,
    now: command.now,
    change: (current) => {
      if (current.interactions.length >= MAX_INTERACTIONS) {
        throw new DomainError('VALIDATION.FAILED', { fieldErrors: { interaction: [`A contact keeps at most ${MAX_INTERACTIONS} interactions.`] } });
      }
      return { ...current, interactions: insertInteraction(current.interactions, entry) };
    },
  });
}

/** Removes the entry at `index` (0-based, in the log's order); a bad index is a 400. */
export function removeContactInteraction(
  deps: { contacts: Pick<ContactRepository, 'update'> },
  command: { userId: number; contactId: string; index: number; now: Date },
): Promise<Contact> {
  return changeContact(deps, {
    userId: command.userId,
    id: command.contactId,
    now: command.now,
    change: (current) => {
      const { index } = command;
      if (!Number.isSafeInteger(index) || index < 0 || index >= current.interactions.length) {
        throw new DomainError('VALIDATION.FAILED', { fieldErrors: { index: ['No interaction at this index.'] } });
      }
      return { ...current, interactions: current.interactions.filter((_, i) => i !== index) };
    },
  });
}
