/** The application statuses in board order, with the words people read. The list comes from the
 * contract, so the board cannot drift from what the server accepts. */
import { APPLICATION_STATUS_VALUES } from '@jobtracker/contracts';

export type Status = (typeof APPLICATION_STATUS_VALUES)[number];

export const STATUSES: readonly Status[] = APPLICATION_STATUS_VALUES;

const LABELS: Record<Status, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interview: 'Interview',
  technical_test: 'Technical test',
  offer: 'Offer',
  rejected: 'Rejected',
  accepted: 'Accepted',
  withdrawn: 'Withdrawn',
};

export function statusLabel(status: string | null | undefined): string {
  if (!status) return 'No status';
  return (LABELS as Record<string, string>)[status] ?? status;
}

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** Timeline event types the contract documents (any text is accepted). */
export const EVENT_TYPES = [
  'applied', 'phone_screen', 'technical_interview', 'behavioral_interview', 'system_design', 'coding_challenge',
  'onsite_interview', 'final_round', 'offer_received', 'offer_negotiation', 'rejection', 'status_change',
] as const;

export function eventTypeLabel(type: string | null | undefined): string {
  if (!type) return 'Event';
  const text = type.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
