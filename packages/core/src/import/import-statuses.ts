/** Status words of trackers and sheets mapped to ours. Anything unknown becomes `applied`, with
 * the original word kept in the notes, as are the words our statuses cannot say exactly
 * ("Wishlist": not applied yet). "Ghosted" and "No response" are said exactly: `applied`, closed
 * as no response (the timeline event "close as no response" writes), never a rejection. */
import { APPLICATION_STATUSES, type ApplicationStatus } from '../applications/application.js';
import { normaliseHeader } from './tracker-formats.js';

export type StatusReading = {
  status: ApplicationStatus;
  /** False when the word was unknown (imported as `applied`). */
  known: boolean;
  /** True when the word says more than the status does, so it is kept in the notes. */
  keepOriginal: boolean;
  /** The employer never answered: the application gets the "no response" closing event. */
  closedAsNoResponse: boolean;
};

/** Normalised words (letters and digits only) per status. */
const EXACT: Readonly<Record<ApplicationStatus, readonly string[]>> = {
  applied: ['applied', 'applicationsent', 'submitted', 'applicationsubmitted', 'sent', 'beworben'],
  screening: ['screening', 'screen', 'phonescreen', 'phonescreening', 'recruiterscreen', 'recruitercall', 'hrscreen', 'hrcall', 'initialcall', 'introcall'],
  interview: [
    'interview', 'interviewing', 'interviewed', 'interviews', 'onsite', 'finalinterview', 'finalround', 'firstinterview',
    'secondinterview', 'technicalinterview', 'videointerview', 'panelinterview', 'phoneinterview', 'interview1', 'interview2', 'vorstellungsgesprach',
  ],
  technical_test: ['technicaltest', 'takehome', 'assessment', 'codingchallenge', 'codingtest', 'assignment', 'casestudy', 'homeassignment', 'test'],
  offer: ['offer', 'offerreceived', 'offered', 'negotiating', 'negotiation', 'angebot'],
  accepted: ['accepted', 'offeraccepted', 'acceptedoffer', 'hired', 'signed', 'zusage'],
  rejected: ['rejected', 'rejection', 'notselected', 'declined', 'noofferextended', 'nooffer', 'notmovingforward', 'absage', 'refused'],
  withdrawn: ['withdrawn', 'withdrew', 'iwithdrew', 'declinedoffer', 'offerdeclined', 'notinterested', 'cancelled', 'canceled', 'archived'],
};

/** Words our statuses cannot say exactly: the status they become, the word kept in the notes. */
const APPROXIMATE: Readonly<Record<string, ApplicationStatus>> = {
  wishlist: 'applied',
  saved: 'applied',
  bookmarked: 'applied',
  interested: 'applied',
  toapply: 'applied',
  applying: 'applied',
  draft: 'applied',
  closed: 'rejected',
  positionfilled: 'rejected',
};

/** The employer never answered. */
const NO_REPLY = ['ghosted', 'noresponse', 'noreply', 'noanswer', 'unanswered', 'keineantwort'];

const reading = (status: ApplicationStatus, known: boolean, keepOriginal: boolean, closedAsNoResponse = false): StatusReading => ({
  status,
  known,
  keepOriginal,
  closedAsNoResponse,
});

const LOOKUP = new Map<string, StatusReading>();
for (const [status, words] of Object.entries(EXACT) as Array<[ApplicationStatus, readonly string[]]>) {
  for (const word of words) LOOKUP.set(word, reading(status, true, false));
}
for (const [word, status] of Object.entries(APPROXIMATE)) LOOKUP.set(word, reading(status, true, true));
for (const word of NO_REPLY) LOOKUP.set(word, reading('applied', true, false, true));
for (const status of APPLICATION_STATUSES) LOOKUP.set(normaliseHeader(status), reading(status, true, false));

/** An empty cell is `applied`, as a new application is. */
export function readStatus(raw: string): StatusReading {
  const word = normaliseHeader(raw);
  if (word === '') return reading('applied', true, false);
  return LOOKUP.get(word) ?? reading('applied', false, true);
}
