/** The proof of search as a PDF (A4 landscape): the person, the period and the date it was made,
 * one table row per application with the header on every page, then the totals per week, and
 * "Page N of M". Fonts are passed in, as for the applications report. */
import { PDFDocument } from 'pdf-lib';
import { drawPageFooters } from '../exports/pdf/page-footers.js';
import { ReportCanvas } from '../exports/pdf/report-canvas.js';
import { embedReportFonts, type ReportFontBytes, type ReportFonts } from '../exports/pdf/report-fonts.js';
import { singleLine } from '../exports/pdf/report-text.js';
import { COLORS, MARGIN } from '../exports/pdf/report-theme.js';
import { drawHeading, HEADING_HEIGHT } from '../exports/pdf/section-heading.js';
import { wrapText } from '../exports/pdf/wrap-text.js';
import type { ProofOfSearch } from './proof-report.js';
import { COLUMN_TITLES, outcomeText, PROOF_TITLE, proofFormatter } from './proof-text.js';

/** A4 landscape in points: room for seven columns in one row. */
export const PROOF_PAGE_SIZE: [number, number] = [841.89, 595.28];

/** Widths of the seven columns; they add up to the content width (746 pt). */
const WIDTHS = [70, 120, 140, 120, 80, 106, 110] as const;
const ROW_HEIGHT = 16;
const HEADER_HEIGHT = 20;
const TEXT_SIZE = 8;
const PADDING = 5;
/** A cell wraps onto this many lines at most (an address or a long title), then ends with "…". */
const MAX_CELL_LINES = 3;
const LINE_HEIGHT = 10;

export type ProofOfSearchPdfInput = { report: ProofOfSearch; locale: string; now: Date; fonts: ReportFontBytes };

export async function buildProofOfSearchPdf(input: ProofOfSearchPdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  return renderProofOfSearch(doc, await embedReportFonts(doc, input.fonts), input);
}

/** Draws into `doc` with fonts already embedded (tests use the standard PDF fonts). */
export async function renderProofOfSearch(doc: PDFDocument, fonts: ReportFonts, input: Omit<ProofOfSearchPdfInput, 'fonts'>): Promise<Uint8Array> {
  const { report, now } = input;
  const text = proofFormatter(input.locale);
  // No automatic metadata: pdf-lib would read the clock, and core takes the time as `now`.
  doc.setTitle(`${PROOF_TITLE}: ${report.person.name}`);
  doc.setSubject(`${text.date(report.period.from)} – ${text.date(report.period.to)}`);
  doc.setCreator('Job Tracker');
  doc.setProducer('Job Tracker (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const canvas = new ReportCanvas(doc, fonts, PROOF_PAGE_SIZE);
  const period = `${text.date(report.period.from)} – ${text.date(report.period.to)}`;
  drawTitleBlock(canvas, [
    ['Name', report.person.name],
    ['Email', report.person.email],
    ['Period', period],
    ['Applications', String(report.total)],
    ['Generated on', text.date(now.toISOString().slice(0, 10))],
  ]);
  drawTable(canvas, {
    widths: WIDTHS,
    titles: COLUMN_TITLES,
    rows: report.rows.map((row) => [text.date(row.date), row.employer, row.employerAddress, row.position, row.sentVia, row.contactPerson, outcomeText(row.outcome)]),
    empty: 'No applications in this period.',
  });

  canvas.y -= 18;
  canvas.ensure(HEADING_HEIGHT + HEADER_HEIGHT + 2 * ROW_HEIGHT);
  drawHeading(canvas, 'Applications per week', MARGIN.left);
  canvas.y -= HEADING_HEIGHT;
  drawTable(canvas, {
    widths: [260, 90],
    titles: ['Week', 'Applications'],
    rows: [...report.weeks.map((week) => [text.week(week), String(week.applications)]), ['Total', String(report.total)]],
    empty: '',
  });

  drawPageFooters(canvas, `${PROOF_TITLE} · ${report.person.name} · ${period}`);
  return doc.save();
}

function drawTitleBlock(canvas: ReportCanvas, facts: ReadonlyArray<readonly [string, string]>): void {
  const { bold, regular } = canvas.fonts;
  bold.draw(canvas.page, PROOF_TITLE, { x: MARGIN.left, y: canvas.y - 20, size: 20, color: COLORS.heading });
  canvas.y -= 36;
  for (const [label, value] of facts) {
    bold.draw(canvas.page, `${label}:`, { x: MARGIN.left, y: canvas.y - 10, size: 10, color: COLORS.text });
    regular.draw(canvas.page, regular.fit(singleLine(value), 10, 500), { x: MARGIN.left + 90, y: canvas.y - 10, size: 10, color: COLORS.text });
    canvas.y -= 15;
  }
  canvas.y -= 12;
}

type Table = { widths: readonly number[]; titles: readonly string[]; rows: readonly (readonly string[])[]; empty: string };

/** Each cell's lines; a row is as tall as its tallest cell. */
function cellLines(canvas: ReportCanvas, table: Table, cells: readonly string[], header: boolean): string[][] {
  const font = header ? canvas.fonts.bold : canvas.fonts.regular;
  return table.widths.map((width, index) => wrapText(font, singleLine(cells[index] ?? ''), TEXT_SIZE, width - 2 * PADDING, header ? 1 : MAX_CELL_LINES));
}

const rowHeightOf = (lines: string[][]): number => ROW_HEIGHT + (Math.max(1, ...lines.map((cell) => cell.length)) - 1) * LINE_HEIGHT;

function drawCells(canvas: ReportCanvas, table: Table, lines: string[][], top: number, height: number, header: boolean): void {
  const font = header ? canvas.fonts.bold : canvas.fonts.regular;
  let x = MARGIN.left;
  table.widths.forEach((width, index) => {
    const cell = lines[index] ?? [];
    // One line sits in the middle of its row, as before; more start at the top.
    const first = cell.length <= 1 ? top - height / 2 - 2.8 : top - ROW_HEIGHT / 2 - 2.8;
    cell.forEach((line, number) => font.draw(canvas.page, line, { x: x + PADDING, y: first - number * LINE_HEIGHT, size: TEXT_SIZE, color: COLORS.text }));
    x += width;
  });
}

/** One row per entry (cells wrap), the header repeated at the top of every page the table runs
 * onto; a row is never split across pages. */
function drawTable(canvas: ReportCanvas, table: Table): void {
  const width = table.widths.reduce((sum, column) => sum + column, 0);
  const header = (): void => {
    const top = canvas.y;
    canvas.page.drawRectangle({ x: MARGIN.left, y: top - HEADER_HEIGHT, width, height: HEADER_HEIGHT, color: COLORS.headerBand });
    drawCells(canvas, table, cellLines(canvas, table, table.titles, true), top, HEADER_HEIGHT, true);
    canvas.y = top - HEADER_HEIGHT;
  };
  canvas.ensure(HEADER_HEIGHT + ROW_HEIGHT);
  header();
  if (table.rows.length === 0 && table.empty) {
    canvas.fonts.regular.draw(canvas.page, table.empty, { x: MARGIN.left + PADDING, y: canvas.y - 12, size: 9, color: COLORS.muted });
    canvas.y -= ROW_HEIGHT;
    return;
  }
  canvas.withPageHeader(header, () => {
    table.rows.forEach((cells, index) => {
      const lines = cellLines(canvas, table, cells, false);
      const height = rowHeightOf(lines);
      canvas.ensure(height);
      const top = canvas.y;
      if (index % 2 === 1) canvas.page.drawRectangle({ x: MARGIN.left, y: top - height, width, height, color: COLORS.zebra });
      drawCells(canvas, table, lines, top, height, false);
      canvas.page.drawLine({ start: { x: MARGIN.left, y: top - height }, end: { x: MARGIN.left + width, y: top - height }, thickness: 0.4, color: COLORS.grid });
      canvas.y = top - height;
    });
  });
}
