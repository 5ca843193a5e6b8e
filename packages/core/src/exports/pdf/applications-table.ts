/** "Applications List": every application as a table row, the header repeated on each page. */
import type { Application } from '../../applications/application.js';
import { utcDateText } from '../csv/utc-date.js';
import type { ReportCanvas } from './report-canvas.js';
import { pythonTitle, salaryRangeText, singleLine } from './report-text.js';
import { COLORS } from './report-theme.js';

type Column = { title: string; width: number; align?: 'right' };

// Widths add up to the content width (516 pt); the salary column fits "$150,000 - $200,000".
const COLUMNS: readonly Column[] = [
  { title: '#', width: 28, align: 'right' },
  { title: 'Company', width: 96 },
  { title: 'Position', width: 116 },
  { title: 'Status', width: 68 },
  { title: 'Applied', width: 56 },
  { title: 'Source', width: 66 },
  { title: 'Salary Range', width: 86 },
];
const ROW_HEIGHT = 16;
const HEADER_HEIGHT = 20;
const TEXT_SIZE = 7.5;
const PADDING = 5;

const orNa = (text: string | null | undefined): string => (text ? singleLine(text) || 'N/A' : 'N/A');

/** The cells of one application, with the original's "N/A" for missing values. */
export function applicationRowCells(application: Application, position: number): string[] {
  const info = application.application;
  const status = info?.status;
  return [
    String(position),
    orNa(application.company?.name),
    orNa(application.job?.title),
    status ? pythonTitle(status) : 'N/A',
    info?.applied_date ? utcDateText(info.applied_date) : 'N/A',
    orNa(info?.source),
    salaryRangeText(application.job) ?? '',
  ];
}

function drawRow(canvas: ReportCanvas, cells: readonly string[], x: number, top: number, height: number, header: boolean): void {
  const font = header ? canvas.fonts.bold : canvas.fonts.regular;
  let cellX = x;
  COLUMNS.forEach((column, index) => {
    const text = font.fit(cells[index] ?? '', TEXT_SIZE, column.width - 2 * PADDING);
    const textX = column.align === 'right' ? cellX + column.width - PADDING - font.widthOf(text, TEXT_SIZE) : cellX + PADDING;
    font.draw(canvas.page, text, { x: textX, y: top - height / 2 - 2.6, size: TEXT_SIZE, color: COLORS.text });
    cellX += column.width;
  });
}

/** Draws every application from the cursor on, in the order given. */
export function drawApplicationsTable(canvas: ReportCanvas, applications: readonly Application[], x: number): void {
  const width = COLUMNS.reduce((sum, column) => sum + column.width, 0);
  const header = (): void => {
    const top = canvas.y;
    canvas.page.drawRectangle({ x, y: top - HEADER_HEIGHT, width, height: HEADER_HEIGHT, color: COLORS.headerBand });
    drawRow(canvas, COLUMNS.map((column) => column.title), x, top, HEADER_HEIGHT, true);
    canvas.y = top - HEADER_HEIGHT;
  };
  // Keep the header with at least one row.
  canvas.ensure(HEADER_HEIGHT + ROW_HEIGHT);
  header();
  if (applications.length === 0) {
    canvas.fonts.regular.draw(canvas.page, 'No applications to show.', { x: x + PADDING, y: canvas.y - 12, size: 9, color: COLORS.muted });
    canvas.y -= ROW_HEIGHT;
    return;
  }
  canvas.withPageHeader(header, () => {
    applications.forEach((application, index) => {
      canvas.ensure(ROW_HEIGHT);
      const top = canvas.y;
      if (index % 2 === 1) canvas.page.drawRectangle({ x, y: top - ROW_HEIGHT, width, height: ROW_HEIGHT, color: COLORS.zebra });
      drawRow(canvas, applicationRowCells(application, index + 1), x, top, ROW_HEIGHT, false);
      canvas.page.drawLine({ start: { x, y: top - ROW_HEIGHT }, end: { x: x + width, y: top - ROW_HEIGHT }, thickness: 0.4, color: COLORS.grid });
      canvas.y = top - ROW_HEIGHT;
    });
  });
}
