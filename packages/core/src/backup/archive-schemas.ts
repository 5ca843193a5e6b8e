/** What each document of an archive must look like before it is restored. Known fields are
 * checked for their types and sizes; fields this version does not know are kept as they are (an
 * archive from a newer server restores losslessly), already limited by the tagged-JSON reader
 * to plain values without `$` keys. Ids and owners are replaced on restore. */
import * as v from 'valibot';
import { INTERACTION_CHANNELS } from '../contacts/contact.js';
import { isCalendarDate } from '../shared/calendar-date.js';
import { SILENCE_DAYS_LIMITS, WEEKLY_GOAL_LIMITS } from '../settings/user-settings.js';
import type { ArchiveManifest as ManifestType } from './archive-manifest.js';
import { ARCHIVE_FORMAT } from './archive-paths.js';

const TEXT = 100_000;
const text = (max = TEXT) => v.pipe(v.string(), v.maxLength(max));
const optionalText = (max = TEXT) => v.optional(text(max));
const date = () => v.date();
const calendarDate = () => v.pipe(v.string(), v.check(isCalendarDate, 'not a YYYY-MM-DD date'));
const objectId = () => v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/, 'not a 24-hex id'));
const count = () => v.pipe(v.number(), v.integer(), v.minValue(0));
const bounded = (limits: { min: number; max: number }) => v.pipe(v.number(), v.integer(), v.minValue(limits.min), v.maxValue(limits.max));
const list = <T extends v.GenericSchema>(item: T, max = 10_000) => v.pipe(v.array(item), v.maxLength(max));

const attachment = v.looseObject({
  filename: text(1000),
  original_name: text(1000),
  file_path: text(1000),
  file_url: text(1000),
  file_size: count(),
  file_type: text(100),
  uploaded_at: date(),
});

export const ArchivedApplication = v.looseObject({
  id: objectId(),
  company: v.looseObject({ name: text(1000) }),
  job: v.looseObject({ title: text(1000), salary_min: v.optional(v.nullable(v.number())), salary_max: v.optional(v.nullable(v.number())) }),
  application: v.optional(
    v.looseObject({ applied_date: v.optional(v.nullable(date())), status: v.optional(v.nullable(text(1000))), source: optionalText(1000) }),
  ),
  requirements: v.optional(v.looseObject({ skills_required: v.optional(list(text(1000))), skills_preferred: v.optional(list(text(1000))) })),
  timeline: v.optional(list(v.looseObject({ date: v.optional(v.nullable(date())), event_type: v.optional(v.nullable(text(1000))) }))),
  attachments: v.optional(list(attachment, 1000)),
  notes: optionalText(),
  is_favorite: v.optional(v.boolean()),
  import_fingerprint: optionalText(200),
  next_action: v.optional(v.nullable(v.object({ date: calendarDate(), text: text(1000) }))),
  deadline: v.optional(v.nullable(calendarDate())),
  created_at: v.optional(date()),
  updated_at: v.optional(date()),
});

export const ArchivedCompany = v.looseObject({
  id: objectId(),
  name: text(1000),
  industry: v.optional(v.nullable(text(1000))),
  glassdoor_rating: v.optional(v.nullable(v.number())),
  is_favorite: v.optional(v.boolean()),
  tags: v.optional(list(text(1000), 1000)),
  contact_info: v.optional(v.looseObject({})),
  created_at: v.optional(date()),
  updated_at: v.optional(date()),
});

export const ArchivedContact = v.object({
  id: objectId(),
  name: text(1000),
  role: text(1000),
  company: text(1000),
  email: text(1000),
  phone: text(1000),
  profile_url: text(1000),
  notes: text(),
  application_ids: list(objectId(), 1000),
  interactions: list(v.object({ date: date(), channel: v.picklist(INTERACTION_CHANNELS), note: text() }), 10_000),
  created_at: date(),
  updated_at: date(),
});

const nullableText = (max = 1000) => v.nullable(text(max));

export const ArchivedProfile = v.object({
  email: text(1000),
  first_name: text(1000),
  last_name: text(1000),
  phone: nullableText(),
  location: nullableText(),
  linkedin_url: nullableText(),
  github_url: nullableText(),
  portfolio_url: nullableText(),
  current_role: nullableText(),
  years_of_experience: v.number(),
  bio: v.nullable(text()),
  skills: list(text(1000), 1000),
  resume_url: nullableText(),
  date_joined: date(),
});

export const ArchiveManifest = v.object({
  format: v.literal(ARCHIVE_FORMAT),
  version: v.number(),
  exported_at: date(),
  profile: ArchivedProfile,
  // Unknown keys (settings of a later version) are dropped, not refused.
  settings: v.object({ silence_days: v.optional(bounded(SILENCE_DAYS_LIMITS)), weekly_goal: v.optional(bounded(WEEKLY_GOAL_LIMITS)) }),
  counts: v.object({ applications: count(), companies: count(), contacts: count() }),
  files: list(v.object({ key: text(1000), size: count(), display_name: v.nullable(text(1000)) }), 100_000),
  missing_files: list(text(1000), 100_000),
});

/** Compile-time proof that the schema reads exactly the manifest type core publishes. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const MANIFEST_TYPES_AGREE: Same<v.InferOutput<typeof ArchiveManifest>, ManifestType> = true;
void MANIFEST_TYPES_AGREE;

/** The first problem of a failed parse, with its path: "company.name: Invalid type ...". */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
