import { describe, expect, it } from 'vitest';
import { autocompleteLimit } from './find-companies.js';
import { compareCodePoints, newCompany, sentFields } from './company-fields.js';
import { pageEnvelope, pageRequest } from '../shared/page-numbers.js';

describe('compareCodePoints', () => {
  it('orders uppercase before lowercase and astral characters after U+FFFF', () => {
    expect(['beta', 'Zeta', 'alpha', 'Alpha'].sort(compareCodePoints)).toEqual(['Alpha', 'Zeta', 'alpha', 'beta']);
    expect(['\u{1F600}', '\uFFFD'].sort(compareCodePoints)).toEqual(['\uFFFD', '\u{1F600}']);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'a')).toBe(0);
  });
});

describe('company fields', () => {
  it('stores every 2.4 default and only the contact keys sent', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    const company = newCompany({ id: 'a'.repeat(24), userId: 1, fields: { name: 'X', contact_info: { hr_contact: '' } }, now });
    expect(company).toEqual({
      id: 'a'.repeat(24), user_id: 1, name: 'X', website: '', industry: '', size: '', location: '', logo_url: '',
      description: '', glassdoor_rating: null, notes: '', is_favorite: false, tags: [], contact_info: { hr_contact: '' },
      created_at: now, updated_at: now,
    });
  });

  it('never lets an undefined value overwrite a stored one', () => {
    expect(sentFields({ name: 'Y', industry: undefined, tags: ['a'] })).toEqual({ name: 'Y', tags: ['a'] });
  });
});

describe('pagination (contract 1.7)', () => {
  const query = (page: number, pageSize: number) => ({ page, pageSize });
  it('gives page numbers, and previous even past the end', () => {
    expect(pageRequest(query(2, 3))).toEqual({ offset: 3, limit: 3 });
    expect(pageEnvelope(query(1, 3), 4, [])).toMatchObject({ next: 2, previous: null });
    expect(pageEnvelope(query(2, 3), 4, [])).toMatchObject({ next: null, previous: 1 });
    expect(pageEnvelope(query(9, 3), 4, [])).toMatchObject({ next: null, previous: 8 });
    expect(pageEnvelope(query(1, 3), 3, [])).toMatchObject({ next: null });
  });
});

describe('autocompleteLimit', () => {
  it('defaults to 10, treats 0 as the cap, caps at 100 and takes the size of a negative value', () => {
    expect(autocompleteLimit(undefined)).toBe(10);
    expect(autocompleteLimit(0)).toBe(100);
    expect(autocompleteLimit(500)).toBe(100);
    expect(autocompleteLimit(-3)).toBe(3);
  });
});
