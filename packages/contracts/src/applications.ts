/** Applications inputs and outputs (contract sections 2.2, 2.3 and 5). */
import { APPLICATION_STATUSES as APPLICATION_STATUS_VALUES } from '@jobtracker/core';
import * as v from 'valibot';
import { boolean, char, datetime, dict, float, integer, list, text, url } from './fields.js';
import { followUpFields, NextActionObject } from './follow-ups.js';
import { describeJsonSchema } from './json-schema-registry.js';
import { dateTimeText, paginationQuery, queryParam, queryText } from './query.js';

/** The statuses `PATCH .../status/` accepts (create and PUT store any string, contract 2.2):
 * core's list, so the domain and the contract cannot drift apart. */
export { APPLICATION_STATUSES as APPLICATION_STATUS_VALUES } from '@jobtracker/core';

export const STATUS_MESSAGE = `Status must be one of: ${APPLICATION_STATUS_VALUES.join(', ')}`;

/** Optional text where `""` is a valid value (blank OK). */
const optionalText = (max?: number) => v.optional(char({ ...(max ? { max } : {}), blank: true }));
const optionalUrl = () => v.optional(url({ max: 200, blank: true }));
const nullableInteger = () => v.optional(v.nullable(integer()));

/** Path ids are checked by the use case, after body validation (contract section 13). */
const pathId = () => v.pipe(v.string(), v.description('24 hex characters'));

export const CompanyInfoInput = dict({
  name: char({ max: 200 }),
  website: optionalUrl(),
  industry: optionalText(100),
  size: optionalText(50),
  location: optionalText(200),
  logo_url: optionalUrl(),
});

export const JobInfoInput = dict({
  title: char({ max: 200 }),
  description: optionalText(),
  job_url: optionalUrl(),
  employment_type: optionalText(50),
  work_mode: optionalText(50),
  experience_level: optionalText(50),
  salary_min: nullableInteger(),
  salary_max: nullableInteger(),
  currency: v.optional(char({ max: 10 })),
});

/** `resume_version`, `cover_letter` and `referral_name` default to `""`, so a GET-then-PUT of
 * them must accept blank. `status` is any string here (contract 14.5). */
export const ApplicationInfoInput = dict({
  applied_date: v.optional(datetime()),
  source: optionalText(100),
  status: v.optional(char({ max: 50 })),
  resume_version: optionalText(200),
  cover_letter: optionalText(),
  referral_name: optionalText(200),
});

export const RequirementsInput = dict({
  skills_required: v.optional(list(char({ max: 200 }))),
  skills_preferred: v.optional(list(char({ max: 200 }))),
  years_experience: v.optional(v.nullable(float())),
  education: optionalText(200),
});

/** POST: company and job required; timeline, attachments, ids and timestamps are ignored.
 * `next_action` and `deadline` are additive keys (stored only when sent). */
export const CreateApplicationInput = dict({
  company: CompanyInfoInput,
  job: JobInfoInput,
  application: v.optional(ApplicationInfoInput),
  requirements: v.optional(RequirementsInput),
  notes: optionalText(),
  is_favorite: v.optional(boolean()),
  ...followUpFields,
});

/** PUT: every top-level key optional; a sent sub-object replaces the stored one whole. The
 * additive `next_action` and `deadline` are top-level keys, so a client that PUTs the contract's
 * sub-objects never touches them. */
export const UpdateApplicationInput = dict({
  id: pathId(),
  company: v.optional(CompanyInfoInput),
  job: v.optional(JobInfoInput),
  application: v.optional(ApplicationInfoInput),
  requirements: v.optional(RequirementsInput),
  notes: optionalText(),
  is_favorite: v.optional(boolean()),
  ...followUpFields,
});

export const ApplicationIdInput = dict({ id: pathId() });

export const TimelineEventInput = dict({
  id: pathId(),
  event_type: char({ max: 50 }),
  title: char({ max: 200 }),
  date: v.optional(datetime()),
  notes: optionalText(),
  interviewer_name: optionalText(200),
  interview_type: optionalText(50),
});

const statusField = () =>
  describeJsonSchema(
    v.pipe(
      char({ max: 50 }),
      v.check((status: string) => (APPLICATION_STATUS_VALUES as readonly string[]).includes(status), STATUS_MESSAGE),
    ),
    { type: 'string', enum: [...APPLICATION_STATUS_VALUES] },
  );

export const ChangeStatusInput = dict({
  id: pathId(),
  status: statusField(),
  notes: optionalText(),
});

export const ListApplicationsQuery = dict({
  ...paginationQuery,
  status: queryParam(queryText(200)),
  company: queryParam(queryText(200)),
  job_title: queryParam(queryText(200)),
  is_favorite: queryParam(queryText(20)),
});

/** A missing or empty `q` is the use case's 400 `{"error": "Search term is required"}`. */
export const SearchApplicationsQuery = dict({
  q: v.optional(text(200)),
});

export const CompanyInfoObject = v.object({
  name: v.string(),
  website: v.optional(v.string()),
  industry: v.optional(v.string()),
  size: v.optional(v.string()),
  location: v.optional(v.string()),
  logo_url: v.optional(v.string()),
});

export const JobInfoObject = v.object({
  title: v.string(),
  description: v.optional(v.string()),
  job_url: v.optional(v.string()),
  employment_type: v.optional(v.string()),
  work_mode: v.optional(v.string()),
  experience_level: v.optional(v.string()),
  salary_min: v.nullable(v.number()),
  salary_max: v.nullable(v.number()),
  currency: v.string(),
});

export const ApplicationInfoObject = v.object({
  applied_date: v.nullable(dateTimeText),
  source: v.optional(v.string()),
  status: v.nullable(v.string()),
  resume_version: v.optional(v.string()),
  cover_letter: v.optional(v.string()),
  referral_name: v.optional(v.string()),
});

export const RequirementsObject = v.object({
  skills_required: v.array(v.string()),
  skills_preferred: v.array(v.string()),
  years_experience: v.nullable(v.number()),
  education: v.optional(v.string()),
});

export const TimelineEventObject = v.object({
  date: v.nullable(dateTimeText),
  event_type: v.nullable(v.string()),
  title: v.optional(v.string()),
  notes: v.optional(v.string()),
  interviewer_name: v.optional(v.string()),
  interview_type: v.optional(v.string()),
  /** Additive: present only on a "close as no response" event. */
  closed_as: v.optional(v.literal('no_response')),
});

export const AttachmentObject = v.object({
  filename: v.string(),
  file_url: v.string(),
  uploaded_at: dateTimeText,
  file_type: v.optional(v.string()),
});

/** An application as every endpoint renders it (contract 2.3), in this key order. */
export const ApplicationObject = v.object({
  id: v.string(),
  user_id: v.number(),
  company: CompanyInfoObject,
  job: JobInfoObject,
  application: v.optional(ApplicationInfoObject),
  requirements: v.optional(RequirementsObject),
  timeline: v.array(TimelineEventObject),
  attachments: v.array(AttachmentObject),
  notes: v.optional(v.string()),
  is_favorite: v.boolean(),
  created_at: v.optional(v.nullable(dateTimeText)),
  updated_at: v.optional(v.nullable(dateTimeText)),
  /** Additive keys, present once set (null once cleared). */
  next_action: v.optional(v.nullable(NextActionObject)),
  deadline: v.optional(v.nullable(v.string())),
});

/** The list envelope: `next` and `previous` are page numbers, not URLs (contract 1.7). */
export const ApplicationPageOutput = v.object({
  count: v.number(),
  next: v.nullable(v.number()),
  previous: v.nullable(v.number()),
  results: v.array(ApplicationObject),
});

export const ApplicationListOutput = v.array(ApplicationObject);

export const ApplicationStatsOutput = v.object({
  total_applications: v.number(),
  status_breakdown: v.record(v.string(), v.number()),
});

export type CreateApplicationInput = v.InferOutput<typeof CreateApplicationInput>;
export type UpdateApplicationInput = v.InferOutput<typeof UpdateApplicationInput>;
export type TimelineEventInput = v.InferOutput<typeof TimelineEventInput>;
export type ChangeStatusInput = v.InferOutput<typeof ChangeStatusInput>;
export type ListApplicationsQuery = v.InferOutput<typeof ListApplicationsQuery>;
export type ApplicationObject = v.InferOutput<typeof ApplicationObject>;
export type ApplicationPageOutput = v.InferOutput<typeof ApplicationPageOutput>;
export type ApplicationStatsOutput = v.InferOutput<typeof ApplicationStatsOutput>;
