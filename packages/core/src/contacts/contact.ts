/** The contact document: a person met during the search (recruiter, hiring manager, referral),
 * linked to any number of the owner's applications, with a log of interactions. */

/** How an interaction happened; the web app offers these and the contract accepts only these. */
export const INTERACTION_CHANNELS = ['email', 'phone', 'video', 'meeting', 'linkedin', 'message', 'event', 'other'] as const;

export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

export type Interaction = {
  date: Date;
  channel: InteractionChannel;
  note: string;
};

export type Contact = {
  /** 24 lowercase hex characters (an ObjectId), like applications and companies. */
  id: string;
  user_id: number;
  name: string;
  role: string;
  company: string;
  email: string;
  phone: string;
  profile_url: string;
  notes: string;
  /** Ids of the owner's applications, each at most once, in the order they were linked. */
  application_ids: string[];
  /** Oldest first (kept sorted by date; equal dates in the order they were logged). */
  interactions: Interaction[];
  created_at: Date;
  updated_at: Date;
};

export function isInteractionChannel(value: string): value is InteractionChannel {
  return (INTERACTION_CHANNELS as readonly string[]).includes(value);
}

/** The date of the latest interaction, derived rather than stored so it can never disagree with
 * the log; null before the first one. */
export function lastContacted(contact: Pick<Contact, 'interactions'>): Date | null {
  let latest: Date | null = null;
  for (const { date } of contact.interactions) {
    if (latest === null || date.getTime() > latest.getTime()) latest = date;
  }
  return latest;
}
