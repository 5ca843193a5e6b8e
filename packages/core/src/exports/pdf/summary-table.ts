/** The "Summary Statistics" table: Metric | Value on a grey band, then one row per metric. */
import type { ReportCanvas } from './report-canvas.js';
import { COLORS } from './report-theme.js';

export type SummaryRow = { label: string; value: string };

const ROW_HEIGHT = 18;
const HEADER_HEIGHT = 20;
const TEXT_SIZE = 9.5;
const PADDING = 8;

/** Draws from the cursor at `x`, breaking pages between rows (repeating the header), and leaves
 * the cursor under the last row. */
export function drawSummaryTable(canvas: ReportCanvas, rows: readonly SummaryRow[], x: number, width: number): void {
  const { regular, bold } = canvas.fonts;
  const valueWidth = Math.round(width * 0.34);
  const labelWidth = width - valueWidth;

  const header = (): void => {
    const top = canvas.y;
    canvas.page.drawRectangle({ x, y: top - HEADER_HEIGHT, width, height: HEADER_HEIGHT, color: COLORS.headerBand });
    const baseline = top - HEADER_HEIGHT + 6.5;
    bold.draw(canvas.page, 'Metric', { x: x + PADDING, y: baseline, size: TEXT_SIZE, color: COLORS.text });
    const valueHead = 'Value';
    bold.draw(canvas.page, valueHead, {
      x: x + width - PADDING - bold.widthOf(valueHead, TEXT_SIZE),
      y: baseline,
      size: TEXT_SIZE,
      color: COLORS.text,
    });
    canvas.y = top - HEADER_HEIGHT;
  };

  header();
  canvas.withPageHeader(header, () => {
    rows.forEach((row, index) => {
      canvas.ensure(ROW_HEIGHT);
      const top = canvas.y;
      if (index % 2 === 1) canvas.page.drawRectangle({ x, y: top - ROW_HEIGHT, width, height: ROW_HEIGHT, color: COLORS.zebra });
      const baseline = top - ROW_HEIGHT + 5.5;
      const font = index === 0 ? bold : regular;
      font.draw(canvas.page, font.fit(row.label, TEXT_SIZE, labelWidth - 2 * PADDING), {
        x: x + PADDING,
        y: baseline,
        size: TEXT_SIZE,
        color: COLORS.text,
      });
      const value = font.fit(row.value, TEXT_SIZE, valueWidth - 2 * PADDING);
      font.draw(canvas.page, value, {
        x: x + width - PADDING - font.widthOf(value, TEXT_SIZE),
        y: baseline,
        size: TEXT_SIZE,
        color: COLORS.text,
      });
      canvas.page.drawLine({
        start: { x, y: top - ROW_HEIGHT },
        end: { x: x + width, y: top - ROW_HEIGHT },
        thickness: 0.5,
        color: COLORS.rule,
      });
      canvas.y = top - ROW_HEIGHT;
    });
  });
}
