/** The company form's values (what inputs hold: text, a flag, a token list) and their mapping to
 * the contract's create/update body. Field names mirror the contract's paths, so the contract
 * schema's issues and the server's field errors land on the right input. */
import { CompanyCreateInput } from '@jobtracker/contracts';
import * as v from 'valibot';
import type { Company, CompanyCreateBody } from './companies-queries.js';

export const CONTACT_KEYS = ['recruiter_name', 'recruiter_email', 'recruiter_phone', 'hr_contact'] as const;
type ContactKey = (typeof CONTACT_KEYS)[number];

export type CompanyFormValues = {
  name: string;
  website: string;
  industry: string;
  size: string;
  location: string;
  logo_url: string;
  description: string;
  glassdoor_rating: string;
  notes: string;
  is_favorite: boolean;
  tags: string[];
  contact_info: Record<ContactKey, string>;
};

export function formValuesFrom(company?: Company): CompanyFormValues {
  const c = company;
  return {
    name: c?.name ?? '',
    website: c?.website ?? '',
    industry: c?.industry ?? '',
    size: c?.size ?? '',
    location: c?.location ?? '',
    logo_url: c?.logo_url ?? '',
    description: c?.description ?? '',
    glassdoor_rating: c?.glassdoor_rating === null || c?.glassdoor_rating === undefined ? '' : String(c.glassdoor_rating),
    notes: c?.notes ?? '',
    is_favorite: c?.is_favorite ?? false,
    tags: c?.tags ?? [],
    contact_info: {
      recruiter_name: c?.contact_info?.recruiter_name ?? '',
      recruiter_email: c?.contact_info?.recruiter_email ?? '',
      recruiter_phone: c?.contact_info?.recruiter_phone ?? '',
      hr_contact: c?.contact_info?.hr_contact ?? '',
    },
  };
}

/** Every field is sent, so an edit is the form as shown. `contact_info` is replaced whole by the
 * server: only filled-in contacts are kept, which is how a cleared contact goes away. An empty
 * rating means "no rating" (null), not the invalid number "". */
export function toPayload(values: CompanyFormValues): CompanyCreateBody {
  const contact: Partial<Record<ContactKey, string>> = {};
  for (const key of CONTACT_KEYS) if (values.contact_info[key].trim() !== '') contact[key] = values.contact_info[key];
  const rating = values.glassdoor_rating.trim();
  return { ...values, glassdoor_rating: rating === '' ? null : rating, contact_info: contact };
}

/** The contract's own schema, run on the mapped body: one schema for the form, the tRPC input and
 * the REST document. */
export const companyFormSchema = v.pipe(v.custom<CompanyFormValues>(() => true), v.transform(toPayload), CompanyCreateInput);

/** Paths into the tag list (`tags.1`) point at the tag input. */
export const FORM_FIELDS = new Set<string>([
  'name', 'website', 'industry', 'size', 'location', 'logo_url', 'description', 'glassdoor_rating', 'notes', 'is_favorite', 'tags',
  ...CONTACT_KEYS.map((key) => `contact_info.${key}`),
]);
