/** Follow-up inputs and outputs: next actions and deadlines (additive keys of create and PUT, and
 * their own operation), closing as "no response", the due view, the duplicate check and the
 * calendar feed's secret. */
import { DATE_FORMAT_MESSAGE, isCalendarDate } from '@jobtracker/core';
import * as v from 'valibot';
import { char, dict, text } from './fields.js';
import { describeJsonSchema } from './json-schema-registry.js';
import { dateTimeText, queryParam } from './query.js';
import { timeZoneField } from './time-zone-field.js';

/** Path ids are checked by the use case, after body validation (contract section 13). */
const pathId = () => v.pipe(v.string(), v.description('24 hex characters'));

/** A day, `YYYY-MM-DD` (DRF DateField's message for anything else). */
export function calendarDate() {
  return describeJsonSchema(v.pipe(char({ max: 10 }), v.check(isCalendarDate, DATE_FORMAT_MESSAGE)), { type: 'string', format: 'date' });
}

export const NEXT_ACTION_TEXT_MAX = 200;

export const NextActionInput = dict({
  date: calendarDate(),
  text: char({ max: NEXT_ACTION_TEXT_MAX }),
});

/** The additive keys of create and PUT (and of their own operation): left out, nothing changes;
 * null clears. */
export const followUpFields = {
  next_action: v.optional(v.nullable(NextActionInput)),
  deadline: v.optional(v.nullable(calendarDate())),
};

export const SetFollowUpInput = dict({ id: pathId(), ...followUpFields });

export const CloseAsNoResponseInput = dict({
  id: pathId(),
  notes: v.optional(char({ blank: true })),
});

/** `time_zone`: an IANA name (`Europe/Berlin`) or an offset (`+02:00`); UTC when left out. */
export const TimeZoneQuery = dict({ time_zone: queryParam(timeZoneField()) });

export const DuplicateCheckQuery = dict({
  company: char({ max: 200 }),
  title: char({ max: 200 }),
  /** The application being edited, left out of the answer. */
  exclude_id: queryParam(text(24)),
});

/** The calendar feed is fetched without a session: the secret in its URL is the credential. */
export const CalendarFeedInput = dict({ secret: text(200) });

export const NextActionObject = v.object({ date: v.string(), text: v.string() });

const count = v.pipe(v.number(), v.integer());

export const DueItemObject = v.object({
  kind: v.picklist(['follow_up', 'deadline', 'interview']),
  application_id: v.string(),
  company: v.string(),
  job_title: v.string(),
  text: v.string(),
  /** The day in the user's time zone (`YYYY-MM-DD`). */
  date: v.nullable(v.string()),
  /** Interviews: when (UTC, "YYYY-MM-DD HH:MM:SS"). */
  at: v.nullable(dateTimeText),
  event_type: v.nullable(v.string()),
  event_index: v.nullable(count),
});

export const DueViewOutput = v.object({
  today: v.string(),
  time_zone: v.string(),
  overdue: v.array(DueItemObject),
  due_today: v.array(DueItemObject),
  /** The seven days after today. */
  this_week: v.array(DueItemObject),
});

export const DuplicateCandidateObject = v.object({
  id: v.string(),
  company: v.string(),
  job_title: v.string(),
  status: v.nullable(v.string()),
  sent_at: v.nullable(dateTimeText),
  /** Sørensen–Dice similarity of the titles, 0.8 to 1. */
  similarity: v.number(),
});

export const DuplicateCandidatesOutput = v.array(DuplicateCandidateObject);

/** Shown once, when made; only its hash is stored. `feed_path`: where this server serves the
 * feed for it (prefix the server's origin for a calendar app). */
export const CalendarSecretOutput = v.object({ secret: v.string(), feed_path: v.string() });

export type SetFollowUpInput = v.InferOutput<typeof SetFollowUpInput>;
export type CloseAsNoResponseInput = v.InferOutput<typeof CloseAsNoResponseInput>;
export type TimeZoneQuery = v.InferOutput<typeof TimeZoneQuery>;
export type DuplicateCheckQuery = v.InferOutput<typeof DuplicateCheckQuery>;
export type CalendarFeedInput = v.InferOutput<typeof CalendarFeedInput>;
export type DueItemObject = v.InferOutput<typeof DueItemObject>;
export type DueViewOutput = v.InferOutput<typeof DueViewOutput>;
export type DuplicateCandidateObject = v.InferOutput<typeof DuplicateCandidateObject>;
export type CalendarSecretOutput = v.InferOutput<typeof CalendarSecretOutput>;
