/** Companies inputs and outputs (contract section 7; the document is 2.4). */
import * as v from 'valibot';
import { boolean, char, dict, email, float, integer, list, text, url } from './fields.js';
import { ApplicationObject } from './applications.js';
import { dateTimeText, paginationQuery, queryParam, queryText } from './query.js';


const optionalText = (max?: number) => v.optional(char({ ...(max ? { max } : {}), blank: true }));
const optionalUrl = () => v.optional(url({ max: 200, blank: true }));

export const ContactInfoInput = dict({
  recruiter_name: optionalText(200),
  recruiter_email: v.optional(email({ max: 254, blank: true })),
  recruiter_phone: optionalText(20),
  hr_contact: optionalText(200),
});

const companyFields = {
  website: optionalUrl(),
  industry: optionalText(100),
  size: optionalText(50),
  location: optionalText(200),
  logo_url: optionalUrl(),
  description: optionalText(),
  glassdoor_rating: v.optional(v.nullable(float())),
  notes: optionalText(),
  is_favorite: v.optional(boolean()),
  tags: v.optional(list(char())),
  contact_info: v.optional(ContactInfoInput),
};

export const CompanyCreateInput = dict({
  name: char({ max: 200 }),
  ...companyFields,
});

/** PUT: every field optional; the path `{id}` is merged into the input. */
export const CompanyUpdateInput = dict({
  id: text(100),
  name: v.optional(char({ max: 200 })),
  ...companyFields,
});

export const CompanyIdInput = dict({ id: text(100) });

export const CompanyListQuery = dict({
  ...paginationQuery,
  industry: queryText(),
  location: queryText(),
  /** `true` (any case) selects favorites; any other non-empty value non-favorites. */
  is_favorite: queryText(),
  /** Comma-separated, not trimmed: any of them (exact). */
  tags: queryText(),
});

export const CompanySearchQuery = dict({ q: queryText() });

export const CompanyAutocompleteQuery = dict({
  q: queryText(),
  /** Default 10; 0 means as many as allowed (at most 100). */
  limit: queryParam(integer()),
});

export const CompanyTopQuery = dict({
  /** Default 10; 0 gives []; a negative value drops that many from the end (a Python slice). */
  limit: queryParam(integer()),
});

export const ContactInfoObject = v.object({
  recruiter_name: v.optional(v.string()),
  recruiter_email: v.optional(v.string()),
  recruiter_phone: v.optional(v.string()),
  hr_contact: v.optional(v.string()),
});

/** Key order: id, user_id, name, website, industry, size, location, logo_url, description,
 * glassdoor_rating, notes, is_favorite, tags, contact_info, application_count, created_at,
 * updated_at. Optional strings absent from storage are omitted. */
export const CompanyObject = v.object({
  id: v.string(),
  user_id: v.number(),
  name: v.string(),
  website: v.optional(v.string()),
  industry: v.optional(v.nullable(v.string())),
  size: v.optional(v.string()),
  location: v.optional(v.string()),
  logo_url: v.optional(v.string()),
  description: v.optional(v.string()),
  glassdoor_rating: v.nullable(v.number()),
  notes: v.optional(v.string()),
  is_favorite: v.boolean(),
  tags: v.array(v.string()),
  contact_info: v.optional(ContactInfoObject),
  /** Only on list, search, detail GET and top. */
  application_count: v.optional(v.number()),
  created_at: v.nullable(dateTimeText),
  updated_at: v.nullable(dateTimeText),
});

export const CompanyListOutput = v.object({
  count: v.number(),
  next: v.nullable(v.number()),
  previous: v.nullable(v.number()),
  results: v.array(CompanyObject),
});

export const CompanyArrayOutput = v.array(CompanyObject);

export const CompanyAutocompleteItem = v.object({
  id: v.string(),
  name: v.string(),
  industry: v.string(),
  location: v.string(),
});
export const CompanyAutocompleteOutput = v.array(CompanyAutocompleteItem);

export const CompanySyncOutput = v.object({ message: v.string(), created_count: v.number() });

export const IndustryCount = v.object({ industry: v.string(), count: v.number() });
export const IndustryBreakdownOutput = v.array(IndustryCount);

export const CompanyApplicationsOutput = v.object({
  company: CompanyObject,
  applications: v.array(ApplicationObject),
});

export const CompanyStatsOutput = v.object({
  company: CompanyObject,
  total_applications: v.number(),
  status_breakdown: v.record(v.string(), v.number()),
  average_response_time: v.number(),
});

export type CompanyCreateInput = v.InferOutput<typeof CompanyCreateInput>;
export type CompanyUpdateInput = v.InferOutput<typeof CompanyUpdateInput>;
export type ContactInfoInput = v.InferOutput<typeof ContactInfoInput>;
export type CompanyListQuery = v.InferOutput<typeof CompanyListQuery>;
export type CompanyObject = v.InferOutput<typeof CompanyObject>;
export type CompanyListOutput = v.InferOutput<typeof CompanyListOutput>;
export type CompanyAutocompleteItem = v.InferOutput<typeof CompanyAutocompleteItem>;
export type CompanySyncOutput = v.InferOutput<typeof CompanySyncOutput>;
export type IndustryCount = v.InferOutput<typeof IndustryCount>;
export type CompanyApplicationsOutput = v.InferOutput<typeof CompanyApplicationsOutput>;
export type CompanyStatsOutput = v.InferOutput<typeof CompanyStatsOutput>;
