import { describe, expect, it } from 'vitest';
import { groupThousands, longDate, pythonTitle, salaryRangeText, singleLine } from './report-text.js';

describe('longDate', () => {
  it.each([
    ['2025-01-05T10:00:00Z', 'January 05, 2025'],
    ['2024-12-31T23:59:59Z', 'December 31, 2024'],
    ['2025-03-31T23:30:00-02:00', 'April 01, 2025'],
  ])('%s -> %s', (iso, expected) => {
    expect(longDate(new Date(iso))).toBe(expected);
  });
});

describe('pythonTitle', () => {
  it.each([
    ['technical_test', 'Technical_Test'],
    ['applied', 'Applied'],
    ['OFFER', 'Offer'],
    ["they're", "They'Re"],
    ['łódź 2nd', 'Łódź 2Nd'],
    ['', ''],
  ])('%s -> %s', (text, expected) => {
    expect(pythonTitle(text)).toBe(expected);
  });
});

describe('groupThousands', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [80000, '80,000'],
    [1234567, '1,234,567'],
    [-1234.5, '-1,234.5'],
  ])('%d -> %s', (value, expected) => {
    expect(groupThousands(value)).toBe(expected);
  });
});

describe('salaryRangeText', () => {
  it.each([
    [{ title: 't', salary_min: 80000, salary_max: 120000 }, '$80,000 - $120,000'],
    [{ title: 't', salary_min: 80000, salary_max: null }, '$80,000+'],
    [{ title: 't', salary_min: 80000 }, '$80,000+'],
    [{ title: 't', salary_min: 0, salary_max: 120000 }, null],
    [{ title: 't', salary_min: null, salary_max: 120000 }, null],
    [{ title: 't' }, null],
    [undefined, null],
  ])('%j -> %j', (job, expected) => {
    expect(salaryRangeText(job)).toBe(expected);
  });
});

describe('singleLine', () => {
  it('collapses control characters and whitespace runs', () => {
    expect(singleLine('  a\nb\r\n\tc\u0000d  ')).toBe('a b c d');
  });
});
