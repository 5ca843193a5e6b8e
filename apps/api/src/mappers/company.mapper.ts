/** Company document -> the contract's CompanyObject (2.4), in the contract's key order. Absent
 * optional strings and contact_info stay absent; rating, favorite and tags get their defaults. */
import { formatDateTime, type CompanyObject } from '@jobtracker/contracts';
import type { Company, ContactInfo } from '@jobtracker/core';

const CONTACT_KEYS = ['recruiter_name', 'recruiter_email', 'recruiter_phone', 'hr_contact'] as const;

function toContactInfo(info: ContactInfo): NonNullable<CompanyObject['contact_info']> {
  const rendered: NonNullable<CompanyObject['contact_info']> = {};
  for (const key of CONTACT_KEYS) {
    const value = info[key];
    if (value !== undefined) rendered[key] = value;
  }
  return rendered;
}

/** `applicationCount` only where the endpoint computes it: list, search, detail GET and top. */
export function toCompanyObject(company: Company, applicationCount?: number): CompanyObject {
  const out: Record<string, unknown> = { id: company.id, user_id: company.user_id, name: company.name };
  if (company.website !== undefined) out['website'] = company.website;
  if (company.industry !== undefined) out['industry'] = company.industry;
  if (company.size !== undefined) out['size'] = company.size;
  if (company.location !== undefined) out['location'] = company.location;
  if (company.logo_url !== undefined) out['logo_url'] = company.logo_url;
  if (company.description !== undefined) out['description'] = company.description;
  out['glassdoor_rating'] = company.glassdoor_rating ?? null;
  if (company.notes !== undefined) out['notes'] = company.notes;
  out['is_favorite'] = company.is_favorite ?? false;
  out['tags'] = [...(company.tags ?? [])];
  if (company.contact_info !== undefined) out['contact_info'] = toContactInfo(company.contact_info);
  if (applicationCount !== undefined) out['application_count'] = applicationCount;
  out['created_at'] = company.created_at ? formatDateTime(company.created_at) : null;
  out['updated_at'] = company.updated_at ? formatDateTime(company.updated_at) : null;
  return out as CompanyObject;
}
