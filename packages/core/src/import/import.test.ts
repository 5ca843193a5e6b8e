import { beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../applications/application.js';
import { applicationsCsvLines } from '../exports/csv/applications-csv.js';
import { collectText } from '../exports/test-support/collect-lines.js';
import { DomainError } from '../shared/domain-error.js';
import { at, buildApplication, InMemoryApplicationRepository, sequentialIds } from '../testing/index.js';
import { importApplications } from './import-applications.js';
import { previewImport } from './import-preview.js';

const NOW = at('2025-06-01T12:00:00.000Z');
const ALICE = 1;

let applications: InMemoryApplicationRepository;
const deps = () => ({ applications, ids: sequentialIds() });
beforeEach(() => {
  applications = new InMemoryApplicationRepository();
});

/** A source that hands out the text in small byte chunks, as an upload arrives. */
const sourceOf = (text: string, chunkSize = 7) => () => {
  const bytes = new TextEncoder().encode(text);
  return Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, index) => bytes.subarray(index * chunkSize, (index + 1) * chunkSize));
};

const stored = async (userId = ALICE): Promise<Application[]> => (await applications.findPage(userId, {}, { offset: 0, limit: null })).items;

const fileErrorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: unknown) => (error instanceof DomainError ? JSON.stringify(error.details) : String(error)),
  );

describe('importing our own CSV export', () => {
  it('gives back every exported value, newest first as before, with the formula guard kept', async () => {
    const originals = [
      buildApplication({
        company: { name: 'Google', location: 'Mountain View, CA', industry: 'Technology' },
        job: { title: 'Backend Developer', employment_type: 'full-time', work_mode: 'remote', experience_level: 'mid', salary_min: 80000, salary_max: 120000 },
        application: { status: 'interview', source: 'LinkedIn', applied_date: at('2025-05-20T00:00:00Z') },
        notes: 'Said "great fit"\nCall back',
      }),
      buildApplication({
        company: { name: '=HYPERLINK("http://evil","x")' },
        job: { title: 'Łódź / 東京' },
        application: { status: 'technical_test', applied_date: at('2025-04-02T00:00:00Z') },
        notes: '+1-800-555-0100',
      }),
    ];
    const csv = await collectText(applicationsCsvLines(originals));
    const preview = await previewImport(deps(), { userId: ALICE, source: sourceOf(csv) });
    expect(preview.format).toBe('jobtracker');
    expect(preview.totals).toEqual({ rows: 2, new: 2, duplicates: 0, invalid: 0, withWarnings: 0 });
    expect(preview.rows[1]?.problems.map((problem) => problem.code)).toEqual([]);

    const result = await importApplications(deps(), { userId: ALICE, source: sourceOf(csv), now: NOW });
    expect(result).toMatchObject({ format: 'jobtracker', created: 2, duplicates: 0, invalid: 0 });
    const [google, guarded] = await stored();
    expect(google).toMatchObject({
      company: { name: 'Google', location: 'Mountain View, CA', industry: 'Technology' },
      job: { title: 'Backend Developer', employment_type: 'full-time', work_mode: 'remote', experience_level: 'mid', salary_min: 80000, salary_max: 120000, currency: 'USD' },
      application: { status: 'interview', source: 'LinkedIn', applied_date: at('2025-05-20T00:00:00Z') },
      notes: 'Said "great fit"\nCall back',
      created_at: at('2025-05-20T00:00:00Z'),
      updated_at: NOW,
      import_fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(guarded).toMatchObject({
      company: { name: `'=HYPERLINK("http://evil","x")` },
      job: { title: 'Łódź / 東京' },
      application: { status: 'technical_test', applied_date: at('2025-04-02T00:00:00Z') },
      notes: '+1-800-555-0100',
    });
  });

  it('creates nothing the second time: every row is recognised as imported before', async () => {
    const csv = await collectText(applicationsCsvLines([buildApplication(), buildApplication({ company: { name: 'Globex' } })]));
    await importApplications(deps(), { userId: ALICE, source: sourceOf(csv), now: NOW });
    const preview = await previewImport(deps(), { userId: ALICE, source: sourceOf(csv) });
    expect(preview.rows.map((row) => row.outcome)).toEqual(['duplicate', 'duplicate']);
    expect(await importApplications(deps(), { userId: ALICE, source: sourceOf(csv), now: NOW })).toMatchObject({ created: 0, duplicates: 2 });
    expect(await stored()).toHaveLength(2);
    // Another person importing the same file gets their own copies.
    expect(await importApplications(deps(), { userId: 2, source: sourceOf(csv), now: NOW })).toMatchObject({ created: 2 });
  });
});

describe('importing another tracker’s file', () => {
  const teal = [
    'Job Position,Company,Status,Date Saved,Date Applied,Salary,Excitement,Job Posting URL,Notes',
    'Data Engineer,Globex,Interviewing,01/03/2025,04/03/2025,"€55,000 - €65,000",5,https://jobs.example.com/de,Recruiter was kind',
    'Analyst,Initech,Ghosted,,25/02/2025,,2,not a link,',
    'Designer,,Applied,,26/02/2025,,,,',
    'PM,"=cmd|\' /C calc\'!A0",Pondering,,2025-02-27,80k,,,',
    '',
  ].join('\r\n');

  it('previews each row’s problems, with the date order decided by the file, before writing anything', async () => {
    const preview = await previewImport(deps(), { userId: ALICE, source: sourceOf(teal), options: { locale: 'en-US' } });
    expect(preview.format).toBe('teal');
    expect(preview.columns.map((column) => column.target)).toEqual([
      'job_title', 'company', 'status', 'added_date', 'applied_date', 'salary', 'keep_in_notes', 'job_url', 'notes',
    ]);
    expect(preview.dates).toEqual({ order: 'DMY', decidedBy: 'file', ambiguousDates: 2, conflictingDates: 0 });
    expect(preview.rows.map((row) => [row.line, row.outcome, row.status, row.closed_as, row.applied_date])).toEqual([
      [2, 'new', 'interview', null, at('2025-03-04T00:00:00Z')],
      [3, 'new', 'applied', 'no_response', at('2025-02-25T00:00:00Z')],
      [4, 'invalid', 'applied', null, at('2025-02-26T00:00:00Z')],
      [5, 'new', 'applied', null, at('2025-02-27T00:00:00Z')],
    ]);
    expect(preview.rows.map((row) => row.problems.map((problem) => `${problem.severity}:${problem.code}`))).toEqual([
      [],
      ['warning:invalid_url'],
      ['error:missing_company'],
      ['warning:formula', 'warning:unknown_status'],
    ]);
    expect(preview.totals).toEqual({ rows: 4, new: 3, duplicates: 0, invalid: 1, withWarnings: 2 });
    expect(await stored()).toEqual([]);
  });

  it('imports the valid rows, unknown columns and original words kept in the notes', async () => {
    const result = await importApplications(deps(), { userId: ALICE, source: sourceOf(teal), now: NOW });
    expect(result).toMatchObject({ format: 'teal', created: 3, duplicates: 0, invalid: 1, invalidLines: [4] });
    const byCompany = new Map((await stored()).map((application) => [application.company.name, application]));
    expect(byCompany.get('Globex')).toMatchObject({
      job: { title: 'Data Engineer', salary_min: 55000, salary_max: 65000, job_url: 'https://jobs.example.com/de' },
      application: { status: 'interview', applied_date: at('2025-03-04T00:00:00Z') },
      notes: 'Recruiter was kind\nExcitement: 5',
    });
    // "Ghosted" is said exactly: still applied, closed as no response when imported.
    expect(byCompany.get('Initech')).toMatchObject({
      application: { status: 'applied' },
      timeline: [{ date: NOW, event_type: 'no_response', title: 'Closed as no response', notes: '', closed_as: 'no_response' }],
      notes: 'Excitement: 2\nJob Posting URL: not a link',
    });
    expect(byCompany.get('Globex')?.timeline).toEqual([]);
    expect(byCompany.get(`'=cmd|' /C calc'!A0`)?.notes).toBe('Imported status: Pondering');
  });

  it('lets the person choose the mapping and the date order', async () => {
    const result = await importApplications(deps(), {
      userId: ALICE,
      source: sourceOf('Company,Title,When,Vibe\nAcme,Dev,03/04/2025,great\n'),
      options: { mapping: [null, null, 'applied_date', 'ignore'], dateOrder: 'DMY' },
      now: NOW,
    });
    expect(result.dates).toMatchObject({ order: 'DMY', decidedBy: 'caller' });
    const [only] = await stored();
    expect(only).toMatchObject({ application: { applied_date: at('2025-04-03T00:00:00Z') }, notes: '' });
  });
});

describe('refusals write nothing', () => {
  it('broken quoting late in the file, a missing required column, or a non-UTF-8 file', async () => {
    const rows = Array.from({ length: 1500 }, (_, index) => `Acme ${index},Dev,applied`);
    const broken = ['Company,Job Title,Status', ...rows, 'Late,"never closed,x'].join('\n');
    expect(await fileErrorOf(importApplications(deps(), { userId: ALICE, source: sourceOf(broken, 4096), now: NOW }))).toBe(
      JSON.stringify({ fieldErrors: { file: ['Broken quoting: the quoted field that starts on line 1502, column 6 is never closed.'] } }),
    );
    expect(await fileErrorOf(importApplications(deps(), { userId: ALICE, source: sourceOf('Company,Colour\nAcme,red\n'), now: NOW }))).toBe(
      JSON.stringify({ fieldErrors: { file: ['No column holds the job title: choose one in the column mapping.'] } }),
    );
    // The preview shows the columns instead, so the person can choose one.
    const preview = await previewImport(deps(), { userId: ALICE, source: sourceOf('Company,Colour\nAcme,red\n') });
    expect(preview.mappingProblem).toBe('No column holds the job title: choose one in the column mapping.');
    expect(preview.columns.map((column) => column.header)).toEqual(['Company', 'Colour']);
    expect(preview.rows.map((row) => [row.outcome, row.problems.map((problem) => problem.code)])).toEqual([['invalid', ['missing_job_title']]]);
    const latin1 = () => [Uint8Array.from([...new TextEncoder().encode('Company,Job Title\nCaf'), 0xe9, 0x0a])];
    expect(await fileErrorOf(importApplications(deps(), { userId: ALICE, source: latin1, now: NOW }))).toMatch(/not UTF-8 text \(line 2/);
    expect(await fileErrorOf(importApplications(deps(), { userId: ALICE, source: sourceOf(''), now: NOW }))).toMatch(/no header row/);
    expect(await stored()).toEqual([]);
  });
});

describe('a large file', () => {
  it('imports 10,000 rows from a stream, reporting progress', async () => {
    const header = 'Company,Position,Date Applied,Status,Link\n';
    async function* tenThousand(): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      yield encoder.encode(header);
      for (let index = 0; index < 10_000; index += 1) {
        yield encoder.encode(`Company ${index % 500},Engineer ${index},Jan ${(index % 28) + 1}, 2025,Applied,https://jobs.example.com/${index}\n`);
      }
    }
    const progress: number[] = [];
    const result = await importApplications(deps(), { userId: ALICE, source: tenThousand, options: { onProgress: (rows) => progress.push(rows) }, now: NOW });
    expect(result).toMatchObject({ created: 10_000, duplicates: 0, invalid: 0 });
    expect(progress.at(-1)).toBe(10_000);
    expect(progress).toContain(5000);
    expect((await applications.findPage(ALICE, {}, { offset: 0, limit: 1 })).total).toBe(10_000);
    // About a second alone; room for a machine shared with other test runs.
  }, 30_000);
});
