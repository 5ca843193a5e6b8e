import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildApplicationsReport } from '@jobtracker/core';
import { buildApplication } from '@jobtracker/core/testing';
import { loadReportFonts } from './report-fonts.js';
import { inkRatio, pdfPageTexts, renderPageGray } from '../test-support/poppler.js';
import { REPORT_NOW, reportApplications } from '../test-support/report-applications.js';

// The report is built by core; rendering it needs the fonts the API ships and poppler, so the
// check lives here, where I/O belongs.
const build = async (applications = reportApplications(12), statusFilter?: string) =>
  buildApplicationsReport({ applications, now: REPORT_NOW, statusFilter, fonts: await loadReportFonts() });

// Boxes in PDF points from the top-left corner of page 1 (see the layout in applications-report.ts).
const STATUS_BARS = { x: 390, top: 165, width: 150, height: 110 };
const MONTHLY_COLUMNS = { x: 80, top: 420, width: 480, height: 130 };
const RIGHT_MARGIN = { x: 572, top: 60, width: 36, height: 700 };
const DPI = 50;

/** Row lines of the applications table: "<n>  <company> ...". */
const tableRows = (text: string): number[] =>
  [...text.matchAll(/^\s*(\d+)\s{2,}(?:Google|Łódź|東京|Meta|Stripe|Ærøskøbing)/gmu)].map((match) => Number(match[1]));

describe('buildApplicationsReport', () => {
  it('has the contract contents, with Latin-extended and CJK text', async () => {
    const pdf = await build();
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const pages = pdfPageTexts(pdf);
    expect(pages).toHaveLength(2); // the list starts on page 1 and goes on to page 2
    const text = pages.join('\n');
    for (const expected of [
      'Job Application Report',
      'Generated on March 15, 2025',
      'Summary Statistics',
      'Metric',
      'Value',
      'Status Breakdown',
      'Applications Over Time (monthly)',
      'Applications List',
      'Łódź Software House',
      '東京テック株式会社',
      'データエンジニア',
      '$60,000 - $100,000', // salary_min 60,000 and salary_max 100,000
      '$80,000+', // null salary_max (crashed the original)
      'Page 1 of 2',
      'Page 2 of 2',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Total Applications\s+12\b/);
    // One row per status, alphabetically, title-cased; the fixture has one null status ("None").
    const statusRows = [...text.matchAll(/^\s{0,4}(None|Accepted|Applied|Interview|Offer|Rejected|Screening|Technical_Test|Withdrawn)\s+(\d+)\s/gm)];
    expect(statusRows.map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'None 1',
      'Accepted 1',
      'Applied 2',
      'Interview 1',
      'Offer 1',
      'Rejected 1',
      'Screening 2',
      'Technical_Test 2',
      'Withdrawn 1',
    ]);
    expect(tableRows(text)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('is US Letter with metadata dated `now`, and small thanks to font subsetting', async () => {
    const pdf = await build();
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPages().map((page) => page.getSize())).toEqual([
      { width: 612, height: 792 },
      { width: 612, height: 792 },
    ]);
    expect(doc.getTitle()).toBe('Job Application Report');
    expect(doc.getCreationDate()?.toISOString()).toBe(REPORT_NOW.toISOString());
    expect(pdf.length).toBeLessThan(80_000); // the CJK face alone is 10 MB
  });

  it('lists every application over as many pages as needed, with header and page numbers on each', async () => {
    const small = await PDFDocument.load(await build(reportApplications(12)));
    const pdf = await build(reportApplications(150));
    const pageCount = (await PDFDocument.load(pdf)).getPageCount();
    expect(pageCount).toBeGreaterThan(small.getPageCount());
    const pages = pdfPageTexts(pdf);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pageCount}`);
      expect(text).toMatch(/#\s+Company\s+Position\s+Status\s+Applied\s+Source\s+Salary Range/);
    });
    expect(pages.flatMap(tableRows)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  });

  it('draws the charts as vector shapes', async () => {
    const withData = renderPageGray(await build(), 1, DPI);
    const empty = renderPageGray(await build([]), 1, DPI);
    expect(withData.width).toBe(Math.round((612 * DPI) / 72));
    expect(inkRatio(withData, DPI, STATUS_BARS)).toBeGreaterThan(0.2);
    expect(inkRatio(withData, DPI, MONTHLY_COLUMNS)).toBeGreaterThan(0.1);
    expect(inkRatio(withData, DPI, RIGHT_MARGIN)).toBe(0);
    // Without applications the bar area holds only the "No applications yet." line, if anything.
    expect(inkRatio(empty, DPI, STATUS_BARS)).toBeLessThan(0.02);
  });

  it('renders a report without applications', async () => {
    const pages = pdfPageTexts(await build([]));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/Total Applications\s+0\b/);
    expect(pages[0]).toContain('No applications to show.');
    expect(pages[0]).toContain('Page 1 of 1');
  });

  it('applies the status filter and names it', async () => {
    const [page1 = ''] = pdfPageTexts(await build(reportApplications(40), 'technical_test'));
    expect(page1).toContain('Status filter: Technical_Test');
    expect(page1).toMatch(/Total Applications\s+5\b/);
    expect(page1).not.toMatch(/^\s{0,4}Applied\s+\d+\s/m);
    const [unfiltered = ''] = pdfPageTexts(await build(reportApplications(40), ''));
    expect(unfiltered).toMatch(/Total Applications\s+40\b/);
    expect(unfiltered).not.toContain('Status filter');
  });

  it('lists newest first and survives missing fields', async () => {
    const apps = [
      buildApplication({ company: { name: 'Old Co' }, created_at: new Date('2025-01-01T00:00:00Z') }),
      buildApplication({ company: { name: '' }, job: { title: '' }, application: undefined, created_at: new Date('2025-03-01T00:00:00Z') }),
      buildApplication({ company: { name: 'Undated Co' }, created_at: undefined }),
      buildApplication({ company: { name: 'New\nCo' }, created_at: new Date('2025-03-10T00:00:00Z') }),
    ];
    const [page1 = ''] = pdfPageTexts(await build(apps));
    const rows = page1.split('\n').filter((line) => /^\s*\d+\s{2,}/.test(line));
    expect(rows.map((line) => line.trim().split(/\s{2,}/).slice(0, 2).join('|'))).toEqual(['1|New Co', '2|N/A', '3|Old Co', '4|Undated Co']);
    expect(rows[1]).toMatch(/2\s+N\/A\s+N\/A\s+N\/A\s+N\/A\s+N\/A/);
  });
});
