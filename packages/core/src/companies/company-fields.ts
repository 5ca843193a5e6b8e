/** Validated company input, the 2.4 defaults, and the name order the contract sorts by. */
import type { Company, ContactInfo } from './company.js';

/** Fields a create or PUT may carry, already validated by the transport's schema. */
export type CompanyFields = {
  name?: string;
  website?: string;
  industry?: string;
  size?: string;
  location?: string;
  logo_url?: string;
  description?: string;
  glassdoor_rating?: number | null;
  notes?: string;
  is_favorite?: boolean;
  tags?: string[];
  contact_info?: ContactInfo;
};

export type NewCompanyFields = CompanyFields & { name: string };

const CONTACT_KEYS = ['recruiter_name', 'recruiter_email', 'recruiter_phone', 'hr_contact'] as const;

/** Only the keys that were sent are stored. */
export function contactInfoOf(sent: ContactInfo): ContactInfo {
  const kept: ContactInfo = {};
  for (const key of CONTACT_KEYS) {
    const value = sent[key];
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}

/** The sent fields only (undefined never overwrites), with nested values copied. */
export function sentFields(fields: CompanyFields): CompanyFields {
  const changes: CompanyFields = {};
  for (const [key, value] of Object.entries(fields) as Array<[keyof CompanyFields, unknown]>) {
    if (value === undefined) continue;
    if (key === 'tags') changes.tags = [...(value as string[])];
    else if (key === 'contact_info') changes.contact_info = contactInfoOf(value as ContactInfo);
    else (changes as Record<string, unknown>)[key] = value;
  }
  return changes;
}

/** A stored company with every default of contract 2.4. */
export function newCompany(options: { id: string; userId: number; fields: NewCompanyFields; now: Date }): Company {
  const { fields } = options;
  return {
    id: options.id,
    user_id: options.userId,
    name: fields.name,
    website: fields.website ?? '',
    industry: fields.industry ?? '',
    size: fields.size ?? '',
    location: fields.location ?? '',
    logo_url: fields.logo_url ?? '',
    description: fields.description ?? '',
    glassdoor_rating: fields.glassdoor_rating ?? null,
    notes: fields.notes ?? '',
    is_favorite: fields.is_favorite ?? false,
    tags: [...(fields.tags ?? [])],
    contact_info: contactInfoOf(fields.contact_info ?? {}),
    created_at: options.now,
    updated_at: options.now,
  };
}

/** Code-point order (MongoDB's binary string order): uppercase before lowercase, and astral
 * characters after U+FFFF, unlike JavaScript's UTF-16 comparison. */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const diff = (x.value.codePointAt(0) as number) - (y.value.codePointAt(0) as number);
    if (diff !== 0) return diff;
  }
}

export const byName = (a: Company, b: Company): number => compareCodePoints(a.name, b.name);
