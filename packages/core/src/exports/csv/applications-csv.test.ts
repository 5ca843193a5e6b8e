import { describe, expect, it } from 'vitest';
import type { Application } from '../../applications/application.js';
import { at, buildApplication, InMemoryApplicationRepository } from '../../testing/index.js';
import { viewOf } from '../../testing/application-queries.js';
import { applicationsCsvFor } from '../export-queries.js';
import { collectText } from '../test-support/collect-lines.js';
import { APPLICATIONS_CSV_FIELDS, APPLICATIONS_CSV_HEADER, applicationCsvLine, applicationsCsvLines } from './applications-csv.js';

const HEADER =
  'Company,Job Title,Status,Applied Date,Source,Employment Type,Work Mode,Experience Level,Salary Min,Salary Max,Location,Industry,Notes\r\n';

const full = buildApplication({
  company: { name: 'Google', location: 'Mountain View, CA', industry: 'Technology' },
  job: {
    title: 'Backend Developer',
    employment_type: 'full-time',
    work_mode: 'remote',
    experience_level: 'mid',
    salary_min: 80000,
    salary_max: 120000,
  },
  application: { status: 'applied', source: 'LinkedIn', applied_date: at('2025-05-24T23:15:31-03:00') },
  notes: 'Said "great fit"\nCall back',
});
const sparse = buildApplication({
  company: { name: '=HYPERLINK("http://evil","x")' },
  job: { title: 'Łódź / 東京', salary_min: -5, salary_max: null },
  application: undefined,
  notes: '+1-800-555-0100',
});

describe('applications CSV', () => {
  it('has the 13 contract columns', () => {
    expect(APPLICATIONS_CSV_HEADER).toHaveLength(13);
  });

  it('writes exact bytes for a small fixture', async () => {
    const text = await collectText(applicationsCsvLines([full, sparse]));
    expect(text).toBe(
      HEADER +
        'Google,Backend Developer,applied,2025-05-25,LinkedIn,full-time,remote,mid,80000,120000,"Mountain View, CA",Technology,"Said ""great fit""\nCall back"\r\n' +
        `"'=HYPERLINK(""http://evil"",""x"")",Łódź / 東京,,,,,,,-5,,,,'+1-800-555-0100\r\n`,
    );
  });

  it('writes the same line from a view of its fields as from the whole document', () => {
    for (const application of [full, sparse]) {
      expect(applicationCsvLine(viewOf(application, APPLICATIONS_CSV_FIELDS))).toBe(applicationCsvLine(application));
    }
  });

  it('is exported from views of its fields only', async () => {
    const applications = new InMemoryApplicationRepository();
    await applications.create({ ...full, created_at: at('2025-05-25T00:00:00Z') });
    await applications.create({ ...sparse, id: 'b'.repeat(24), created_at: at('2025-05-24T00:00:00Z') });
    const asked: unknown[] = [];
    const streamViews = applications.streamViews.bind(applications);
    applications.streamViews = (userId, filter, fields) => {
      asked.push(fields);
      return streamViews(userId, filter, fields);
    };
    const text = await collectText(applicationsCsvFor({ applications }, { userId: 1 }));
    expect(text).toBe(HEADER + applicationCsvLine(full) + applicationCsvLine(sparse));
    expect(asked).toEqual([APPLICATIONS_CSV_FIELDS]);
  });

  it('writes only the header when there is nothing to export', async () => {
    expect(await collectText(applicationsCsvLines([]))).toBe(HEADER);
  });

  it('accepts an async source and pulls it lazily', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<Application> {
      for (;;) {
        pulled += 1;
        yield full;
      }
    }
    const lines = applicationsCsvLines(source());
    expect((await lines.next()).value).toBe(HEADER);
    expect(pulled).toBe(0);
    expect((await lines.next()).value).toBe(applicationCsvLine(full));
    expect(pulled).toBe(1);
    await lines.return();
  });

  it('streams 100,000 rows', async () => {
    function* many(): Generator<Application> {
      for (let i = 0; i < 100_000; i += 1) yield full;
    }
    let lines = 0;
    let bytes = 0;
    for await (const line of applicationsCsvLines(many())) {
      lines += 1;
      bytes += line.length;
    }
    expect(lines).toBe(100_001);
    expect(bytes).toBe(HEADER.length + 100_000 * applicationCsvLine(full).length);
  });
});
