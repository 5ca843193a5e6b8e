import { describe, expect, it } from 'vitest';
import { APPLICATIONS_CSV_HEADER } from '../exports/csv/applications-csv.js';
import { DomainError } from '../shared/domain-error.js';
import { isWebAddress, neutraliseFormula, parseAmount, parseSalary } from './cell-values.js';
import { applyMapping, detectColumns } from './column-mapping.js';
import { DateOrderEvidence, decideDateOrder, localeDateOrder, parseDateCell, resolveDate } from './import-dates.js';
import { readStatus } from './import-statuses.js';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('parseDateCell', () => {
  it.each([
    ['2025-01-05', day('2025-01-05')],
    ['2025-1-5', day('2025-01-05')],
    ['2025/01/05', day('2025-01-05')],
    ['05.01.2025', day('2025-01-05')],
    ['5.1.25', day('2025-01-05')],
    ['Jan 5, 2025', day('2025-01-05')],
    ['January 5th 2025', day('2025-01-05')],
    ['Sept 30, 2024', day('2024-09-30')],
    ['Mon, Jan 6, 2025', day('2025-01-06')],
    ['5 January 2025', day('2025-01-05')],
    ['05-Jan-25', day('2025-01-05')],
    ['2025-01-05T10:30:00Z', new Date('2025-01-05T10:30:00.000Z')],
    ['2025-01-05 10:30', new Date('2025-01-05T10:30:00.000Z')],
    ['2025-01-05T10:30:00+02:00', new Date('2025-01-05T08:30:00.000Z')],
    ['7/7/2025', day('2025-07-07')],
  ])('%s', (text, expected) => {
    expect(parseDateCell(text)).toEqual({ kind: 'date', date: expected });
  });

  it('leaves A/B/Y open when both readings exist, and knows the order when only one does', () => {
    expect(parseDateCell('03/04/2025')).toEqual({ kind: 'ambiguous', first: 3, second: 4, year: 2025 });
    expect(parseDateCell('13/04/2025')).toEqual({ kind: 'date', date: day('2025-04-13'), order: 'DMY' });
    expect(parseDateCell('4/13/25')).toEqual({ kind: 'date', date: day('2025-04-13'), order: 'MDY' });
    expect(resolveDate(parseDateCell('03/04/2025'), 'MDY')).toEqual(day('2025-03-04'));
    expect(resolveDate(parseDateCell('03/04/2025'), 'DMY')).toEqual(day('2025-04-03'));
  });

  it.each(['', 'soon', '2025-02-30', '31.04.2025', '13/13/2025', 'Foo 5, 2025', '45678', '2025-01-05T25:00'])('refuses %j', (text) => {
    expect(parseDateCell(text)).toEqual({ kind: 'invalid' });
  });
});

describe('the date order of a file', () => {
  const evidenceOf = (...cells: string[]) => {
    const evidence = new DateOrderEvidence();
    for (const cell of cells) evidence.note(parseDateCell(cell));
    return evidence;
  };

  it('follows the file when its dates tell, else the person, else the locale', () => {
    expect(decideDateOrder(evidenceOf('03/04/2025', '25/04/2025'), { localeOrder: 'MDY' })).toEqual({
      order: 'DMY',
      decidedBy: 'file',
      ambiguousDates: 1,
      conflictingDates: 0,
    });
    expect(decideDateOrder(evidenceOf('03/04/2025'), { localeOrder: 'DMY' })).toMatchObject({ order: 'DMY', decidedBy: 'locale', ambiguousDates: 1 });
    expect(decideDateOrder(evidenceOf('25/04/2025'), { chosen: 'MDY', localeOrder: 'DMY' })).toMatchObject({
      order: 'MDY',
      decidedBy: 'caller',
      conflictingDates: 1,
    });
    expect(decideDateOrder(evidenceOf('2025-01-05', 'Jan 5, 2025'), { localeOrder: 'MDY' })).toMatchObject({ ambiguousDates: 0, decidedBy: 'locale' });
  });

  it('reads the locale’s habit from Intl', () => {
    expect(localeDateOrder('en-US')).toBe('MDY');
    expect(localeDateOrder('en-GB')).toBe('DMY');
    expect(localeDateOrder('de-DE')).toBe('DMY');
    expect(localeDateOrder('not a locale!')).toBe('MDY');
  });
});

describe('readStatus', () => {
  it.each([
    ['Applied', 'applied', true, false],
    ['Phone Screen', 'screening', true, false],
    ['Interviewing', 'interview', true, false],
    ['technical_test', 'technical_test', true, false],
    ['Take-home', 'technical_test', true, false],
    ['Offer', 'offer', true, false],
    ['Negotiating', 'offer', true, false],
    ['Hired', 'accepted', true, false],
    ['Rejected', 'rejected', true, false],
    ['Not Selected', 'rejected', true, false],
    ['I Withdrew', 'withdrawn', true, false],
    ['Wishlist', 'applied', true, true],
    ['Position filled', 'rejected', true, true],
    ['Pondering', 'applied', false, true],
    ['', 'applied', true, false],
  ])('%s -> %s', (word, status, known, keepOriginal) => {
    expect(readStatus(word)).toEqual({ status, known, keepOriginal, closedAsNoResponse: false });
  });

  it.each(['Ghosted', 'No Response 🔇', 'no-reply', 'Keine Antwort'])('%s -> applied, closed as no response', (word) => {
    expect(readStatus(word)).toEqual({ status: 'applied', known: true, keepOriginal: false, closedAsNoResponse: true });
  });
});

describe('cell values', () => {
  it('neutralises what a spreadsheet would evaluate, but not signed numbers or bullets', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil.example")')).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('+cmd|calc!A0')).toBe("'+cmd|calc!A0");
    expect(neutraliseFormula('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    for (const safe of ['-5', '+49 30 1234-56', '- called back', 'Acme', "'=already guarded"]) expect(neutraliseFormula(safe)).toBeNull();
  });

  it('reads amounts and salary ranges as people type them', () => {
    expect(['80000', '80,000', '$80,000.00', '80k', '€ 80.000', '85.5K', "80'000", '80000,50'].map(parseAmount)).toEqual([
      80000, 80000, 80000, 80000, 80000, 85500, 80000, 80001,
    ]);
    expect(parseAmount('eighty')).toBeNull();
    expect(parseSalary('$80,000 - $120,000')).toEqual({ min: 80000, max: 120000 });
    expect(parseSalary('80-100k')).toEqual({ min: 80000, max: 100000 });
    expect(parseSalary('70k to 90k / year')).toEqual({ min: 70000, max: 90000 });
    expect(parseSalary('from 65000')).toEqual({ min: 65000, max: null });
    expect(parseSalary('120k - 80k')).toBeNull();
    expect(parseSalary('competitive')).toBeNull();
  });

  it('accepts only http(s) addresses that fit the contract', () => {
    expect(isWebAddress('https://jobs.example.com/1?ref=x')).toBe(true);
    expect(isWebAddress('jobs.example.com')).toBe(false);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress(`https://example.com/${'x'.repeat(200)}`)).toBe(false);
  });
});

describe('column mapping', () => {
  it('recognises our own export exactly', () => {
    const detected = detectColumns([...APPLICATIONS_CSV_HEADER]);
    expect(detected.format).toBe('jobtracker');
    expect(detected.targets).toEqual([
      'company', 'job_title', 'status', 'applied_date', 'source', 'employment_type', 'work_mode', 'experience_level',
      'salary_min', 'salary_max', 'location', 'industry', 'notes',
    ]);
  });

  it('recognises other trackers by their headers', () => {
    expect(detectColumns(['Job Position', 'Company', 'Status', 'Date Saved', 'Date Applied', 'Excitement', 'Job Posting URL'])).toEqual({
      format: 'teal',
      formatLabel: 'Teal',
      targets: ['job_title', 'company', 'status', 'added_date', 'applied_date', 'keep_in_notes', 'job_url'],
    });
    expect(detectColumns(['Title', 'Employer', 'List', 'URL', 'Created At']).targets).toEqual(['job_title', 'company', 'status', 'job_url', 'added_date']);
    expect(detectColumns(['Company Name', 'Job Title', 'Status', 'Applied On', 'Location']).format).toBe('simplify');
  });

  it('maps a hand-made sheet by synonyms, the more specific header winning', () => {
    const detected = detectColumns(['Company', 'Position', 'Date', 'Date Applied', 'Status', 'Link', 'Recruiter', 'Vibe', '']);
    expect(detected.format).toBe('spreadsheet');
    expect(detected.targets).toEqual(['company', 'job_title', 'keep_in_notes', 'applied_date', 'status', 'job_url', 'contact', 'keep_in_notes', 'keep_in_notes']);
  });

  it('takes the person’s mapping by column and refuses a field given twice or an unknown target', () => {
    const detected = detectColumns(['Firm', 'Stelle', 'X']).targets;
    expect(detected).toEqual(['company', 'job_title', 'keep_in_notes']);
    expect(applyMapping(detected, [null, undefined, 'status'])).toEqual(['company', 'job_title', 'status']);
    const errorOf = (mapping: string[]) => {
      try {
        applyMapping(detected, mapping);
        return null;
      } catch (error) {
        return error instanceof DomainError ? error.details : error;
      }
    };
    expect(errorOf(['company', 'company', 'ignore'])).toEqual({ fieldErrors: { mapping: ['"company" is chosen for more than one column.'] } });
    expect(errorOf(['salary_min', 'job_title', 'colour'])).toMatchObject({ fieldErrors: { mapping: [expect.stringMatching(/^Column 3: "colour" is not one of/)] } });
  });
});
