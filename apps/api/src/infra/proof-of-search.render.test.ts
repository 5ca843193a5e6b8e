import { buildProofOfSearchPdf, noResponseEvent, proofOfSearch, proofPeriod, type Application } from '@jobtracker/core';
import { aCompany, aContact, anApplication } from '@jobtracker/core/testing';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadReportFonts } from './report-fonts.js';
import { pdfPageTexts } from '../test-support/poppler.js';

// The proof of search is built by core; rendering it needs the fonts the API ships and poppler,
// so the check lives here, next to the applications report's.
const NOW = new Date('2025-02-03T09:00:00Z');
const USER = 1;

const sent = (company: string, title: string, appliedAt: string, extra: Partial<NonNullable<Application['application']>> = {}, location?: string) =>
  anApplication(USER, {
    company: { name: company, ...(location ? { location } : {}) },
    job: { title },
    application: { status: 'applied', source: 'Email', applied_date: new Date(appliedAt), ...extra },
  });

async function build(applications: Application[], locale = 'de-DE', from = '2025-01-06', to = '2025-01-26') {
  const globex = applications.find((application) => application.company.name === 'Globex');
  const report = proofOfSearch({
    person: { name: 'Zoë Müller-東京', email: 'zoe@example.com' },
    period: proofPeriod({ from, to, timeZone: 'Europe/Berlin' }),
    applications,
    companies: [aCompany(USER, { name: 'Globex', location: 'Springfield', website: 'https://globex.example' })],
    contacts: globex ? [aContact(USER, { name: 'Grace', role: 'Recruiter', application_ids: [globex.id] })] : [],
  });
  return buildProofOfSearchPdf({ report, locale, now: NOW, fonts: await loadReportFonts() });
}

const few = (): Application[] => [
  sent('Acme GmbH', 'Backend Developer', '2025-01-06T09:00:00Z', { source: 'LinkedIn' }, 'Berlin'),
  sent('Globex', 'Data Engineer', '2025-01-07T10:00:00Z', { source: 'Company website', status: 'interview' }),
  { ...sent('Initech', 'Analyst', '2025-01-20T12:00:00Z', { status: 'applied' }), timeline: [noResponseEvent(new Date('2025-01-30T00:00:00Z'))] },
  sent('Łódź Software', 'Inżynier', '2025-01-21T23:30:00Z', { status: 'rejected', referral_name: 'Peter' }),
];

describe('buildProofOfSearchPdf', () => {
  it('shows the person, the period in the locale, one row per application and the weekly totals', async () => {
    const pdf = await build(few());
    const pages = pdfPageTexts(pdf);
    expect(pages).toHaveLength(1);
    const [text = ''] = pages;
    for (const expected of [
      'Proof of job search',
      'Zoë Müller-東京',
      'zoe@example.com',
      '06.01.2025 – 26.01.2025',
      'Address or website',
      'Contact person',
      'Springfield ·',
      // Wrapped in its cell rather than cut: an office needs the whole address.
      'https://globex.example',
      'Grace (Recruiter)',
      'Łódź Software',
      'Applications per week',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
    // Date order, each row's date in the locale and its outcome in words.
    const rows = text.split('\n').filter((line) => /^\s*\d{2}\.\d{2}\.2025\s{2,}/.test(line));
    expect(rows.map((line) => line.trim().split(/\s{2,}/)[0])).toEqual(['06.01.2025', '07.01.2025', '20.01.2025', '22.01.2025']);
    expect(rows[0]).toMatch(/Acme GmbH\s+Berlin\s+Backend Developer\s+LinkedIn\s+Applied, awaiting reply/);
    expect(rows[2]).toMatch(/Initech.*No response/);
    expect(text).not.toContain('…');
    expect(rows[3]).toMatch(/Peter\s+Rejected/);
    // ISO weeks, the empty one included, and the total.
    expect(text).toMatch(/2025-W02 \(06\.01\.2025 – 12\.01\.2025\)\s+2/);
    expect(text).toMatch(/2025-W03 \(13\.01\.2025 – 19\.01\.2025\)\s+0/);
    expect(text).toMatch(/2025-W04 \(20\.01\.2025 – 26\.01\.2025\)\s+2/);
    expect(text).toMatch(/Total\s+4/);
  });

  it('is A4 landscape, dated `now`, with the table header and page numbers on every page', async () => {
    const many = Array.from({ length: 90 }, (_, index) =>
      sent(`Company ${String(index).padStart(2, '0')}`, 'Engineer', `2025-01-${String(6 + (index % 20)).padStart(2, '0')}T12:00:00Z`),
    );
    const pdf = await build(many, 'en-US');
    const doc = await PDFDocument.load(pdf);
    const count = doc.getPageCount();
    expect(count).toBeGreaterThan(1);
    for (const page of doc.getPages()) expect(page.getSize()).toEqual({ width: 841.89, height: 595.28 });
    expect(doc.getCreationDate()?.toISOString()).toBe(NOW.toISOString());
    const pages = pdfPageTexts(pdf);
    pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${count}`));
    for (const text of pages.slice(0, -1)) expect(text).toMatch(/Date\s+Employer\s+Address or website\s+Position\s+Sent via\s+Contact person\s+Outcome/);
    const listed = pages.flatMap((text) => [...text.matchAll(/Company (\d{2})/g)].map((match) => match[1]));
    expect(new Set(listed).size).toBe(90);
    expect(pages.join('\n')).toMatch(/Jan 6, 2025/);
  });

  it('says so when the period has no application', async () => {
    const [text = ''] = pdfPageTexts(await build([]));
    expect(text).toContain('No applications in this period.');
    expect(text).toMatch(/Total\s+0/);
  });
});
