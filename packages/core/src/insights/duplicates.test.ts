import { describe, expect, it } from 'vitest';
import { at } from '../testing/basic-builders.js';
import { normalizeCompanyName } from './company-name.js';
import { duplicateCandidates } from './duplicates.js';
import { aSentApplication } from './test-support/insight-builders.js';
import { TITLE_MATCH_THRESHOLD, titleSimilarity } from './title-similarity.js';

describe('normalizeCompanyName', () => {
  it.each([
    ['ACME, Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['acme  llc', 'acme'],
    ['Acme L.L.C.', 'acme'],
    ['Siemens AG', 'siemens'],
    ['Nestlé S.A.', 'nestle'],
    ['Booking.com B.V.', 'bookingcom'],
    ['Foo GmbH & Co. KG', 'foo'],
    ['Procter & Gamble Co', 'procterandgamble'],
    ['Johnson & Johnson', 'johnsonandjohnson'],
    ['Samsung Co., Ltd.', 'samsung'],
    ['Barclays PLC', 'barclays'],
    ['The Boring Company', 'boring'],
    ['Face Book', 'facebook'],
    ['Microsoft Corp', 'microsoft'],
    ['Co', 'co'],
  ])('%s is %s', (name, key) => {
    expect(normalizeCompanyName(name)).toBe(key);
  });

  it('keeps different companies apart', () => {
    expect(normalizeCompanyName('Acme Labs')).not.toBe(normalizeCompanyName('Acme'));
  });
});

describe('titleSimilarity', () => {
  it('is 1 for the same words in any order, case or punctuation', () => {
    expect(titleSimilarity('Backend Engineer', 'engineer, backend')).toBe(1);
    expect(titleSimilarity('Sr. Backend Engineer', 'Senior Backend Engineer')).toBe(1);
  });

  it('matches close titles and keeps different roles apart (the threshold is 0.8)', () => {
    // Bigrams with padding: "backend engineer" has 17, "senior backend engineer" 24, sharing 17:
    // 34 / 41 = 0.829.
    expect(titleSimilarity('Senior Backend Engineer', 'Backend Engineer')).toBeCloseTo(34 / 41, 10);
    expect(titleSimilarity('Sofware Engineer', 'Software Engineer')).toBeGreaterThanOrEqual(TITLE_MATCH_THRESHOLD);
    // "frontend engineer" (18) and "backend engineer" (17) share 12: 24 / 35 = 0.686.
    expect(titleSimilarity('Frontend Engineer', 'Backend Engineer')).toBeCloseTo(24 / 35, 10);
    expect(titleSimilarity('Data Engineer', 'Data Scientist')).toBeLessThan(TITLE_MATCH_THRESHOLD);
    expect(titleSimilarity('', '')).toBe(1);
    expect(titleSimilarity('Engineer', '')).toBe(0);
  });
});

describe('duplicateCandidates', () => {
  const NOW = at('2025-06-01T12:00:00Z');
  const recent = aSentApplication({ sent: '2025-05-01T12:00:00Z', company: 'Acme Inc.', title: 'Senior Backend Engineer', status: 'interview' });
  const exact = aSentApplication({ sent: '2025-04-01T12:00:00Z', company: 'ACME', title: 'Backend Engineer' });
  const applications = [
    recent,
    exact,
    aSentApplication({ sent: '2024-11-01T12:00:00Z', company: 'Acme', title: 'Backend Engineer' }),
    aSentApplication({ sent: '2025-05-01T12:00:00Z', company: 'Acme', title: 'Frontend Engineer' }),
    aSentApplication({ sent: '2025-05-01T12:00:00Z', company: 'Globex', title: 'Backend Engineer' }),
  ];

  it('finds the same company with a close title within 180 days, most similar first', () => {
    const found = duplicateCandidates(applications, { company: 'acme, llc', title: 'Backend engineer', now: NOW });
    expect(found).toEqual([
      { id: exact.id, company: 'ACME', job_title: 'Backend Engineer', status: 'applied', sent_at: at('2025-04-01T12:00:00Z'), similarity: 1 },
      { id: recent.id, company: 'Acme Inc.', job_title: 'Senior Backend Engineer', status: 'interview', sent_at: at('2025-05-01T12:00:00Z'), similarity: 0.8293 },
    ]);
  });

  it('leaves out the application being edited, and finds nothing among no applications', () => {
    const found = duplicateCandidates(applications, { company: 'Acme', title: 'Backend Engineer', now: NOW, excludeId: exact.id });
    expect(found.map((item) => item.id)).toEqual([recent.id]);
    expect(duplicateCandidates([], { company: 'Acme', title: 'Engineer', now: NOW })).toEqual([]);
  });
});
