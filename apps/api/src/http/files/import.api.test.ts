/** The CSV import over HTTP: a file the app exported itself and another tracker's file, the
 * preview before anything is written, idempotent re-imports, and every kind of bad input refused
 * with a clear error and nothing written. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

type User = Awaited<ReturnType<TestApp['registerUser']>>;

const PREVIEW = '/api/import/applications/preview/';
const IMPORT = '/api/import/applications/';

function csvForm(content: string | Uint8Array, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('file', new File([content], 'applications.csv', { type: 'text/csv' }));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

const send = (path: string, user: User, content: string | Uint8Array, fields: Record<string, string> = {}) =>
  t.call('POST', path, { token: user.access, rawBody: csvForm(content, fields) });

async function applicationsOf(user: User): Promise<Array<Record<string, any>>> {
  return (await t.call('GET', '/api/applications/?page_size=100', { token: user.access })).json.results;
}

const exportOf = async (user: User) => (await t.call('GET', '/api/analytics/export/applications/csv/', { token: user.access })).text;

/** The data lines of a CSV export, in a stable order (exports list newest first). */
const dataLines = (csv: string) => csv.split('\r\n').slice(1).filter(Boolean).sort();

describe('importing a CSV the app exported itself', () => {
  it('previews it as our format, imports every row, and the new account exports the same lines', async () => {
    const source = await t.registerUser();
    const bodies = [
      { company: { name: 'Acme, Inc.', location: 'Berlin', industry: 'Tech' }, job: { title: 'Backend "Go" Developer', salary_min: 60000, salary_max: 80000, employment_type: 'full-time', work_mode: 'remote' }, application: { status: 'interview', source: 'LinkedIn', applied_date: '2025-01-15T10:00:00Z' }, notes: 'Two lines\nof notes' },
      { company: { name: 'Łódź Software' }, job: { title: 'Inżynier' }, application: { status: 'rejected', applied_date: '2025-02-01T00:00:00Z' }, notes: '=SUM(A1:A2)' },
      { company: { name: 'Globex' }, job: { title: 'Analyst' }, application: { status: 'offer', applied_date: '2025-03-03T00:00:00Z' } },
    ];
    for (const body of bodies) expect((await t.call('POST', '/api/applications/', { token: source.access, body })).status).toBe(201);
    const exported = await exportOf(source);

    const target = await t.registerUser();
    const preview = await send(PREVIEW, target, exported);
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ format: 'jobtracker', format_label: 'Job Tracker export', totals: { rows: 3, new: 3, duplicates: 0, invalid: 0 } });
    expect(preview.json.columns.map((column: { target: string }) => column.target)).toEqual([
      'company', 'job_title', 'status', 'applied_date', 'source', 'employment_type', 'work_mode', 'experience_level',
      'salary_min', 'salary_max', 'location', 'industry', 'notes',
    ]);
    expect(await applicationsOf(target)).toEqual([]);

    const imported = await send(IMPORT, target, exported);
    expect(imported.status).toBe(200);
    expect(imported.json).toEqual({
      format: 'jobtracker',
      dates: { order: 'MDY', decided_by: 'locale', ambiguous_dates: 0, conflicting_dates: 0 },
      created: 3,
      duplicates: 0,
      invalid: 0,
      invalid_lines: [],
    });
    expect(dataLines(await exportOf(target))).toEqual(dataLines(exported));
    const acme = (await applicationsOf(target)).find((application) => application.company.name === 'Acme, Inc.');
    expect(acme).toMatchObject({
      job: { title: 'Backend "Go" Developer', salary_min: 60000, salary_max: 80000 },
      application: { status: 'interview', source: 'LinkedIn', applied_date: '2025-01-15 00:00:00' },
      notes: 'Two lines\nof notes',
    });

    // The same file again creates nothing.
    expect((await send(IMPORT, target, exported)).json).toMatchObject({ created: 0, duplicates: 3 });
    expect((await send(PREVIEW, target, exported)).json.totals).toMatchObject({ new: 0, duplicates: 3 });
    expect(await applicationsOf(target)).toHaveLength(3);
  });
});

describe('importing another tracker’s file', () => {
  const huntr = [
    'Title,Employer,List,URL,Created At,Location,Excitement',
    'Data Engineer,Globex,Interview,https://jobs.example.com/1,2025-03-04,Remote,5',
    'Analyst,Initech,Ghosted,,2025-02-25,,2',
    'Designer,Umbrella,Wishlist,,2025-02-26,,',
    '',
  ].join('\n');

  it('detects the format and mapping, keeps what has no column in the notes, closes "Ghosted" as no response', async () => {
    const user = await t.registerUser();
    const preview = await send(PREVIEW, user, huntr);
    expect(preview.json).toMatchObject({ format: 'huntr', format_label: 'Huntr' });
    expect(preview.json.columns.map((column: { header: string; target: string }) => `${column.header}:${column.target}`)).toEqual([
      'Title:job_title', 'Employer:company', 'List:status', 'URL:job_url', 'Created At:added_date', 'Location:location', 'Excitement:keep_in_notes',
    ]);
    expect(preview.json.rows.map((row: Record<string, unknown>) => [row['company'], row['status'], row['closed_as']])).toEqual([
      ['Globex', 'interview', null],
      ['Initech', 'applied', 'no_response'],
      ['Umbrella', 'applied', null],
    ]);

    expect((await send(IMPORT, user, huntr)).json).toMatchObject({ format: 'huntr', created: 3 });
    const byCompany = new Map((await applicationsOf(user)).map((application) => [application.company.name, application]));
    expect(byCompany.get('Globex')).toMatchObject({ job: { title: 'Data Engineer', job_url: 'https://jobs.example.com/1' }, company: { location: 'Remote' }, notes: 'Excitement: 5' });
    const initech = byCompany.get('Initech')!;
    expect(initech.application.status).toBe('applied');
    expect(initech.timeline).toEqual([expect.objectContaining({ event_type: 'no_response', title: 'Closed as no response' })]);
    expect(byCompany.get('Umbrella')?.notes).toBe('Imported status: Wishlist');
  });

  it('lets the person change the mapping and the date order', async () => {
    const user = await t.registerUser();
    const csv = 'Col A,Col B,Col C\nAcme,Dev,03/04/2025\n';
    // The preview shows the columns with the problem, so the person can choose; the import refuses.
    const detected = await send(PREVIEW, user, csv);
    expect(detected.status).toBe(200);
    expect(detected.json).toMatchObject({
      mapping_problem: 'No column holds the company name or the job title: choose one in the column mapping.',
      columns: [{ header: 'Col A' }, { header: 'Col B' }, { header: 'Col C' }],
      totals: { rows: 1, invalid: 1 },
    });
    expect((await send(IMPORT, user, csv)).json).toEqual({ file: ['No column holds the company name or the job title: choose one in the column mapping.'] });
    const chosen = await send(PREVIEW, user, csv, { mapping: JSON.stringify(['company', 'job_title', 'applied_date']), date_order: 'DMY' });
    expect(chosen.json.rows[0]).toMatchObject({ company: 'Acme', job_title: 'Dev', applied_date: '2025-04-03 00:00:00' });
    expect(chosen.json.dates).toMatchObject({ order: 'DMY', decided_by: 'caller' });
    expect((await send(IMPORT, user, csv, { mapping: '["company","job_title","applied_date"]', date_order: 'DMY' })).json.created).toBe(1);
  });
});

describe('bad input gets a clear error and writes nothing', () => {
  let user: User;
  beforeAll(async () => {
    user = await t.registerUser();
  });

  const refusedOnBoth = async (content: string | Uint8Array, fields: Record<string, string> = {}) => {
    const preview = await send(PREVIEW, user, content, fields);
    const imported = await send(IMPORT, user, content, fields);
    expect(imported.json).toEqual(preview.json);
    expect(await applicationsOf(user)).toEqual([]);
    return { status: imported.status, body: imported.json };
  };

  it('broken quoting, with its line and column', async () => {
    expect(await refusedOnBoth('Company,Job Title\nAcme,"Dev\nGlobex,Analyst\n')).toEqual({
      status: 400,
      body: { file: ['Broken quoting: the quoted field that starts on line 2, column 6 is never closed.'] },
    });
  });

  it('a file that is not UTF-8', async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('Company,Job Title\nM'), 0xfc, ...new TextEncoder().encode('ller,Dev\n')]);
    expect(await refusedOnBoth(latin1)).toEqual({ status: 400, body: { file: [expect.stringMatching(/UTF-8/)] } });
  });

  it('no file, a bad mapping, an unknown date order', async () => {
    const noFile = await t.call('POST', IMPORT, { token: user.access, rawBody: new FormData() });
    expect(noFile).toMatchObject({ status: 400, json: { error: 'No file provided' } });
    expect(await refusedOnBoth('Company,Job Title\nAcme,Dev\n', { mapping: '{oops', date_order: 'YMD' })).toEqual({
      status: 400,
      body: { mapping: ['Enter valid JSON.'], date_order: ['Choose one of: MDY, DMY'] },
    });
    const json = await t.call('POST', IMPORT, { token: user.access, body: { file: 'Company\nAcme' } });
    expect(json.status).toBe(415);
  });

  it('a 100 MB file: 413 from the body limit, declared or streamed', async () => {
    const declared = await t.app.request(IMPORT, {
      method: 'POST',
      headers: { Authorization: `Bearer ${user.access}`, 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(100 * 1024 * 1024) },
      body: 'x',
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ detail: 'Request body is too large.' });

    const chunk = new TextEncoder().encode('Acme,Developer,Applied\n'.repeat(45_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\nCompany,Job Title,Status\n'));
      },
      pull(controller) {
        if (sent >= 100 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await t.app.request(IMPORT, {
      method: 'POST',
      headers: { Authorization: `Bearer ${user.access}`, 'Content-Type': 'multipart/form-data; boundary=x' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // The stream stopped soon after the limit, not at its end.
    expect(sent).toBeLessThan(30 * 1024 * 1024);
    expect(await applicationsOf(user)).toEqual([]);
  });

  it('a formula in a cell is kept as text, and stays neutralised in the export', async () => {
    const formulas = await t.registerUser();
    const csv = "Company,Job Title,Notes\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",@SUM(1),+1 call back\n";
    const preview = await send(PREVIEW, formulas, csv);
    expect(preview.json.rows[0].problems.map((problem: { code: string }) => problem.code)).toEqual(['formula', 'formula', 'formula', 'no_applied_date']);
    expect((await send(IMPORT, formulas, csv)).json.created).toBe(1);
    const [stored] = await applicationsOf(formulas);
    expect(stored).toMatchObject({ company: { name: `'=HYPERLINK("http://evil.example","x")` }, job: { title: "'@SUM(1)" }, notes: "'+1 call back" });
    // The guard is exported as it is stored: one leading ', never two.
    expect((await exportOf(formulas)).split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",'@SUM\(1\),applied,\d{4}-\d{2}-\d{2},,,,,,,,,'\+1 call back$/);
  });
});

describe('10,000 rows', () => {
  it('are previewed and imported in one request each, a body over the general 1 MiB limit', async () => {
    const user = await t.registerUser();
    const lines = ['Company,Job Title,Status,Applied Date,Notes'];
    const note = 'Spoke with the recruiter about the team, the stack and the next steps of the process.';
    for (let index = 0; index < 10_000; index += 1) lines.push(`Company ${index % 700},Engineer ${index},Applied,2025-0${(index % 9) + 1}-1${index % 10},${note}`);
    const csv = `${lines.join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(1024 * 1024);
    expect((await send(PREVIEW, user, csv)).json.totals).toMatchObject({ rows: 10_000, new: 10_000 });
    expect((await send(IMPORT, user, csv)).json).toMatchObject({ created: 10_000, invalid: 0 });
    expect((await t.call('GET', '/api/applications/', { token: user.access })).json.count).toBe(10_000);
  }, 120_000);
});
