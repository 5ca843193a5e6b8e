import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Application } from '../applications/application.js';
import { fontChainOf } from '../exports/pdf/report-fonts.js';
import { collectText } from '../exports/test-support/collect-lines.js';
import { pdfPageRuns } from '../exports/test-support/pdf-text.js';
import { DomainError } from '../shared/domain-error.js';
import {
  aCompany,
  aContact,
  aNewUser,
  anApplication,
  at,
  InMemoryApplicationRepository,
  InMemoryCompanyRepository,
  InMemoryContactRepository,
  InMemoryUserRepository,
} from '../testing/index.js';
import { proofOfSearchCsvLines } from './proof-csv.js';
import { noResponseEvent } from '../insights/follow-up-commands.js';
import { proofOfSearchFor } from './proof-of-search-for.js';
import { isoWeekOf, proofPeriod, weeksOf } from './proof-period.js';
import { renderProofOfSearch, PROOF_PAGE_SIZE } from './proof-pdf.js';
import type { ProofOfSearch } from './proof-report.js';

const NOW = at('2025-02-03T09:00:00.000Z');

const sent = (userId: number, company: string, title: string, appliedAt: string, extra: Partial<Application['application']> = {}, companyInfo = {}) =>
  anApplication(userId, {
    company: { name: company, ...companyInfo },
    job: { title, currency: 'USD' },
    application: { status: 'applied', source: 'Email', applied_date: at(appliedAt), ...extra },
  });

async function anAccount() {
  const users = new InMemoryUserRepository();
  const applications = new InMemoryApplicationRepository();
  const companies = new InMemoryCompanyRepository();
  const contacts = new InMemoryContactRepository();
  const user = (await users.create(aNewUser({ first_name: 'Zoë', last_name: 'Müller', email: 'zoe@example.com' })))!;
  const globex = sent(user.id, 'Globex', 'Data Engineer', '2025-01-07T10:00:00Z', { source: 'Company website', status: 'interview' });
  const list: Application[] = [
    sent(user.id, 'Acme GmbH', 'Backend Developer', '2025-01-06T09:00:00Z', { source: 'LinkedIn' }, { location: 'Berlin', website: '' }),
    globex,
    sent(user.id, 'Initech', 'Analyst', '2025-01-21T23:30:00Z', { status: 'rejected', referral_name: 'Peter' }),
    // Sent at 00:30 on 1 February in Berlin (31 January in UTC): outside the period in Berlin.
    sent(user.id, 'Late Corp', 'SRE', '2025-01-31T23:30:00Z'),
    sent(user.id, 'Too Early', 'Dev', '2025-01-05T12:00:00Z'),
    // Closed as no response: the office reads that, not "awaiting reply".
    { ...sent(user.id, '=cmd|x', 'Dev', '2025-01-08T12:00:00Z'), timeline: [noResponseEvent(at('2025-01-30T08:00:00Z'))] },
  ];
  for (const application of list) await applications.create(application);
  await companies.create(aCompany(user.id, { name: 'globex', location: 'Springfield', website: 'https://globex.example' }));
  await contacts.create(aContact(user.id, { name: 'Grace', role: 'Recruiter', application_ids: [globex.id] }));
  await contacts.create(aContact(user.id, { name: 'Hank', role: '', application_ids: [globex.id] }));
  await users.create(aNewUser());
  return { deps: { users, applications, companies, contacts }, userId: user.id };
}

describe('the period', () => {
  it('checks its dates, order, length and time zone', () => {
    const errorsOf = (options: Parameters<typeof proofPeriod>[0]) => {
      try {
        proofPeriod(options);
        return null;
      } catch (error) {
        return error instanceof DomainError ? error.details : error;
      }
    };
    expect(proofPeriod({ from: '2025-01-01', to: '2025-01-31' })).toMatchObject({ from: '2025-01-01', to: '2025-01-31', timeZone: { name: 'UTC' } });
    expect(proofPeriod({ from: '2025-01-01', to: '2025-01-31', timeZone: '+05:30' }).timeZone.offsetMinutesAt(0)).toBe(330);
    expect(errorsOf({ from: '2025-02-30', to: '2025-01-31', timeZone: 'Mars/Olympus' })).toEqual({
      fieldErrors: { from: ['Enter a date as YYYY-MM-DD.'], time_zone: ['Unknown time zone.'] },
    });
    expect(errorsOf({ from: '2025-02-01', to: '2025-01-31' })).toEqual({ fieldErrors: { to: ['The period ends before it starts.'] } });
    expect(errorsOf({ from: '2020-01-01', to: '2025-01-31' })).toEqual({ fieldErrors: { to: ['The period is longer than 1098 days.'] } });
  });

  it('numbers ISO weeks, across year ends too', () => {
    expect(isoWeekOf('2025-01-01')).toEqual({ year: 2025, week: 1, monday: '2024-12-30' });
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53, monday: '2020-12-28' });
    expect(isoWeekOf('2025-06-15')).toEqual({ year: 2025, week: 24, monday: '2025-06-09' });
    expect(weeksOf(proofPeriod({ from: '2025-01-08', to: '2025-01-20' })).map((week) => week.week)).toEqual([2, 3, 4]);
    expect(weeksOf(proofPeriod({ from: '2020-12-31', to: '2021-01-04' })).map((week) => `${week.year}-${week.week}`)).toEqual(['2020-53', '2021-1']);
  });
});

describe('proofOfSearchFor', () => {
  it('lists the period’s applications in date order with employer details, contacts and outcomes, and totals per week', async () => {
    const { deps, userId } = await anAccount();
    const { report, locale } = await proofOfSearchFor(deps, { userId, from: '2025-01-06', to: '2025-01-31', timeZone: 'Europe/Berlin', locale: 'de-de' });
    expect(locale).toBe('de-DE');
    expect(report.person).toEqual({ name: 'Zoë Müller', email: 'zoe@example.com' });
    expect(report.rows).toEqual([
      { date: '2025-01-06', employer: 'Acme GmbH', employerAddress: 'Berlin', position: 'Backend Developer', sentVia: 'LinkedIn', contactPerson: '', outcome: 'applied' },
      {
        date: '2025-01-07',
        employer: 'Globex',
        employerAddress: 'Springfield · https://globex.example',
        position: 'Data Engineer',
        sentVia: 'Company website',
        contactPerson: 'Grace (Recruiter); Hank',
        outcome: 'interview',
      },
      { date: '2025-01-08', employer: '=cmd|x', employerAddress: '', position: 'Dev', sentVia: 'Email', contactPerson: '', outcome: 'no_response' },
      { date: '2025-01-22', employer: 'Initech', employerAddress: '', position: 'Analyst', sentVia: 'Email', contactPerson: 'Peter', outcome: 'rejected' },
    ]);
    expect(report.weeks.map((week) => [week.week, week.monday, week.applications])).toEqual([
      [2, '2025-01-06', 3],
      [3, '2025-01-13', 0],
      [4, '2025-01-20', 1],
      [5, '2025-01-27', 0],
    ]);
    expect(report.total).toBe(4);
  });

  it('refuses a bad locale as a field error', async () => {
    const { deps, userId } = await anAccount();
    await expect(proofOfSearchFor(deps, { userId, from: '2025-01-01', to: '2025-01-31', locale: 'not a locale!' })).rejects.toMatchObject({
      details: { fieldErrors: { locale: ['Enter a language tag such as en-US or de-DE.'] } },
    });
  });
});

describe('rendering', () => {
  const report = async (): Promise<ProofOfSearch> => {
    const { deps, userId } = await anAccount();
    return (await proofOfSearchFor(deps, { userId, from: '2025-01-06', to: '2025-01-19', locale: 'en-US' })).report;
  };

  it('writes CSV with the person, the period, guarded cells and weekly totals, dates in the locale', async () => {
    const { deps, userId } = await anAccount();
    const german = (await proofOfSearchFor(deps, { userId, from: '2025-01-06', to: '2025-01-12', locale: 'de-DE' })).report;
    expect(await collectText(proofOfSearchCsvLines(german, { locale: 'de-DE' }))).toBe(
      [
        'Proof of job search',
        'Name,Zoë Müller',
        'Email,zoe@example.com',
        'Period,06.01.2025,12.01.2025',
        '',
        'Date,Employer,Address or website,Position,Sent via,Contact person,Outcome',
        '06.01.2025,Acme GmbH,Berlin,Backend Developer,LinkedIn,,"Applied, awaiting reply"',
        '07.01.2025,Globex,Springfield · https://globex.example,Data Engineer,Company website,Grace (Recruiter); Hank,Interview',
        `08.01.2025,'=cmd|x,,Dev,Email,,No response`,
        '',
        'Week,Applications',
        '2025-W02 (06.01.2025 – 12.01.2025),3',
        'Total,3',
        '',
      ].join('\r\n'),
    );
  });

  it('draws an A4 landscape PDF: title and facts, one row per application, header on every page, weeks, page numbers', async () => {
    const base = await report();
    const many: ProofOfSearch = {
      ...base,
      rows: Array.from({ length: 40 }, (_, index) => ({ ...base.rows[index % base.rows.length]!, position: `Position ${index + 1}` })),
      total: 40,
    };
    const doc = await PDFDocument.create({ updateMetadata: false });
    const fonts = { regular: fontChainOf([await doc.embedFont(StandardFonts.Helvetica)]), bold: fontChainOf([await doc.embedFont(StandardFonts.HelveticaBold)]) };
    const pdf = await renderProofOfSearch(doc, fonts, { report: many, locale: 'en-US', now: NOW });

    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getPages().map((page) => page.getSize())).toEqual([
      { width: PROOF_PAGE_SIZE[0], height: PROOF_PAGE_SIZE[1] },
      { width: PROOF_PAGE_SIZE[0], height: PROOF_PAGE_SIZE[1] },
    ]);
    expect(loaded.getTitle()).toBe('Proof of job search: Zoë Müller');
    expect(loaded.getSubject()).toBe('Jan 6, 2025 – Jan 19, 2025');
    expect(loaded.getCreationDate()?.toISOString()).toBe(NOW.toISOString());

    const pages = await pdfPageRuns(pdf);
    const [first = [], second = []] = pages;
    for (const expected of ['Proof of job search', 'Name:', 'Zoë Müller', 'Period:', 'Jan 6, 2025 – Jan 19, 2025', 'Applications:', '40', 'Generated on:', 'Feb 3, 2025']) {
      expect(first).toContain(expected);
    }
    for (const page of [first, second]) expect(page).toEqual(expect.arrayContaining(['Date', 'Employer', 'Address or website', 'Position', 'Sent via', 'Contact person', 'Outcome']));
    const positions = pages.flat().filter((run) => run.startsWith('Position '));
    expect(positions).toEqual(Array.from({ length: 40 }, (_, index) => `Position ${index + 1}`));
    expect(second).toEqual(expect.arrayContaining(['Applications per week', '2025-W02 (Jan 6, 2025 – Jan 12, 2025)', '2025-W03 (Jan 13, 2025 – Jan 19, 2025)', 'Total']));
    expect(first).toContain('Page 1 of 2');
    expect(second).toContain('Page 2 of 2');
    expect(first).toContain("Proof of job search · Zoë Müller · Jan 6, 2025 – Jan 19, 2025");
  });
});
