/** Contract 9.4 with the issue-4 improvements: the "Job Application Report" PDF, with vector
 * charts, every application (not the first 50) and page numbers. */
import { PDFDocument } from 'pdf-lib';
import type { Application } from '../../applications/application.js';
import { statusOf } from '../../applications/application.js';
import { applicationsOverTime } from '../../analytics/applications-over-time.js';
import { compareKeys } from '../../analytics/group-count.js';
import { statusBreakdownEntries } from '../../analytics/status-breakdown.js';
import { drawApplicationsTable } from './applications-table.js';
import { drawMonthlyChart, MONTHLY_CHART_HEIGHT } from './monthly-chart.js';
import { drawPageFooters } from './page-footers.js';
import { ReportCanvas } from './report-canvas.js';
import type { ReportFontBytes } from './report-fonts.js';
import { embedReportFonts } from './report-fonts.js';
import { longDate, pythonTitle } from './report-text.js';
import { COLORS, CONTENT_WIDTH, MARGIN, PAGE_SIZE } from './report-theme.js';
import { drawHeading, HEADING_HEIGHT } from './section-heading.js';
import { drawStatusChart, statusChartHeight } from './status-chart.js';
import { drawSummaryTable } from './summary-table.js';

export const REPORT_TITLE = 'Job Application Report';

export type ApplicationsReportInput = {
  applications: readonly Application[];
  now: Date;
  /** The export's `status` filter (exact match); applied here too and named on the report. Empty
   * means no filter, as in the original (`status=` is falsy in Python). */
  statusFilter?: string | undefined;
  fonts: ReportFontBytes;
};

const SUMMARY_WIDTH = 220;
const COLUMN_GAP = 28;
const SECTION_GAP = 22;

/** Newest first by `created_at`, as the original lists them; undated documents go last. */
const byCreatedDesc = (a: Application, b: Application): number =>
  (b.created_at?.getTime() ?? -Infinity) - (a.created_at?.getTime() ?? -Infinity) || 0;

export async function buildApplicationsReport(input: ApplicationsReportInput): Promise<Uint8Array> {
  const { now } = input;
  const statusFilter = input.statusFilter || undefined;
  const applications = input.applications
    .filter((application) => statusFilter === undefined || statusOf(application) === statusFilter)
    .sort(byCreatedDesc);

  // No automatic metadata: pdf-lib would read the clock, and core takes the time as `now`.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(REPORT_TITLE);
  doc.setCreator('Job Tracker');
  doc.setProducer('Job Tracker (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const canvas = new ReportCanvas(doc, await embedReportFonts(doc, input.fonts));
  const generated = `Generated on ${longDate(now)}`;
  drawTitleBlock(canvas, generated, statusFilter);
  drawSummarySection(canvas, applications);

  canvas.y -= SECTION_GAP;
  canvas.ensure(HEADING_HEIGHT + MONTHLY_CHART_HEIGHT);
  drawHeading(canvas, 'Applications Over Time (monthly)', MARGIN.left);
  canvas.y -= HEADING_HEIGHT;
  drawMonthlyChart(canvas, applicationsOverTime(applications, 'month'), MARGIN.left, CONTENT_WIDTH);

  canvas.y -= SECTION_GAP;
  canvas.ensure(HEADING_HEIGHT + 60);
  drawHeading(canvas, 'Applications List', MARGIN.left);
  canvas.y -= HEADING_HEIGHT;
  drawApplicationsTable(canvas, applications, MARGIN.left);

  drawPageFooters(canvas, `${REPORT_TITLE} · ${generated}`);
  return doc.save();
}

function drawTitleBlock(canvas: ReportCanvas, generated: string, statusFilter: string | undefined): void {
  const { page, fonts } = canvas;
  const centre = PAGE_SIZE[0] / 2;
  const centred = (font: typeof fonts.bold, text: string, size: number, y: number, color = COLORS.text): void =>
    font.draw(page, text, { x: centre - font.widthOf(text, size) / 2, y, size, color });
  centred(fonts.bold, REPORT_TITLE, 24, canvas.y - 24, COLORS.heading);
  centred(fonts.regular, generated, 10.5, canvas.y - 44, COLORS.muted);
  canvas.y -= 52;
  if (statusFilter !== undefined) {
    centred(fonts.regular, fonts.regular.fit(`Status filter: ${pythonTitle(statusFilter)}`, 10, CONTENT_WIDTH), 10, canvas.y - 10, COLORS.muted);
    canvas.y -= 16;
  }
  page.drawLine({
    start: { x: MARGIN.left, y: canvas.y - 6 },
    end: { x: PAGE_SIZE[0] - MARGIN.right, y: canvas.y - 6 },
    thickness: 0.75,
    color: COLORS.rule,
  });
  canvas.y -= 24;
}

/** The summary table on the left and the status chart beside it, both from the same top. */
function drawSummarySection(canvas: ReportCanvas, applications: readonly Application[]): void {
  const byCount = statusBreakdownEntries(applications);
  // Rows sorted alphabetically by the stored status, title-cased like the original.
  const rows = [
    { label: 'Total Applications', value: String(applications.length) },
    ...[...byCount].sort((a, b) => compareKeys(a[0], b[0])).map(([status, count]) => ({ label: pythonTitle(status), value: String(count) })),
  ];
  const bars = byCount.map(([status, count]) => ({ status, count }));
  const chartX = MARGIN.left + SUMMARY_WIDTH + COLUMN_GAP;
  const chartWidth = PAGE_SIZE[0] - MARGIN.right - chartX;

  const top = canvas.y;
  drawHeading(canvas, 'Summary Statistics', MARGIN.left, top);
  drawHeading(canvas, 'Status Breakdown', chartX, top);
  const bodyTop = top - HEADING_HEIGHT;
  drawStatusChart(canvas, bars, { x: chartX, top: bodyTop - 2, width: chartWidth });
  const chartPage = canvas.page;
  const chartBottom = bodyTop - 2 - statusChartHeight(bars);

  canvas.y = bodyTop;
  drawSummaryTable(canvas, rows, MARGIN.left, SUMMARY_WIDTH);
  if (canvas.page === chartPage) canvas.y = Math.min(canvas.y, chartBottom);
}
