/** How contacts read: "Recruiter at Acme", the channels in words, "last contacted". */
import { INTERACTION_CHANNELS } from '@jobtracker/contracts';
import { formatDate } from '../../lib/time.js';
import type { Contact } from './contacts-queries.js';

export type Channel = (typeof INTERACTION_CHANNELS)[number];

export const CHANNELS: readonly Channel[] = INTERACTION_CHANNELS;

const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone call',
  video: 'Video call',
  meeting: 'Meeting',
  linkedin: 'LinkedIn',
  message: 'Message',
  event: 'Event',
  other: 'Other',
};

export const channelLabel = (channel: string): string => CHANNEL_LABELS[channel as Channel] ?? channel;

export function roleLine(contact: Pick<Contact, 'role' | 'company'>): string {
  if (contact.role && contact.company) return `${contact.role} at ${contact.company}`;
  return contact.role || contact.company;
}

export function lastContactedText(contact: Pick<Contact, 'last_contacted'>): string {
  return contact.last_contacted ? `Last contacted ${formatDate(contact.last_contacted)}` : 'Not contacted yet';
}
