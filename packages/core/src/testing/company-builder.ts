/** Test data builder for company documents: every key present, overridable. */
import type { Company } from '../companies/company.js';
import { anObjectId, at } from './basic-builders.js';

export function aCompany(userId: number, overrides: Partial<Company> = {}): Company {
  return {
    id: anObjectId(),
    user_id: userId,
    name: 'Google',
    website: 'https://google.com',
    industry: 'Technology',
    size: '10000+',
    location: 'Mountain View, CA',
    logo_url: '',
    description: '',
    glassdoor_rating: 4.4,
    notes: '',
    is_favorite: false,
    tags: ['big-tech', 'remote'],
    contact_info: { recruiter_name: 'Grace', recruiter_email: 'grace@google.com' },
    created_at: at('2025-05-24T20:20:00.000Z'),
    updated_at: at('2025-05-24T20:20:00.000Z'),
    ...overrides,
  };
}
