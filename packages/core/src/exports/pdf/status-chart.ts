/** Status breakdown as horizontal bars, drawn with vector shapes. */
import type { ReportCanvas } from './report-canvas.js';
import { COLORS, statusColor } from './report-theme.js';
import { pythonTitle } from './report-text.js';

export type StatusBar = { status: string | null; count: number };

/** Bars shown before the rest are folded into "Other", so the chart keeps a fixed size. */
export const MAX_STATUS_BARS = 10;
const BAR_PITCH = 18;
const BAR_HEIGHT = 11;
const LABEL_WIDTH = 86;
const VALUE_ROOM = 34;
const TEXT_SIZE = 8.5;

/** Keeps the biggest bars (input is count-descending) and sums the rest into one "Other" bar. */
export function foldBars(bars: readonly StatusBar[]): StatusBar[] {
  if (bars.length <= MAX_STATUS_BARS) return [...bars];
  const kept = bars.slice(0, MAX_STATUS_BARS - 1);
  const rest = bars.slice(MAX_STATUS_BARS - 1).reduce((sum, bar) => sum + bar.count, 0);
  return [...kept, { status: null, count: rest }];
}

export const statusChartHeight = (bars: readonly StatusBar[]): number => Math.max(1, foldBars(bars).length) * BAR_PITCH + 6;

/** Draws the chart with its top at `top`; `bars` must be sorted count-descending. A null status
 * is the folded "Other" bar. */
export function drawStatusChart(canvas: ReportCanvas, bars: readonly StatusBar[], box: { x: number; top: number; width: number }): void {
  const { page, fonts } = canvas;
  const shown = foldBars(bars);
  if (shown.length === 0) {
    fonts.regular.draw(page, 'No applications yet.', { x: box.x, y: box.top - 14, size: TEXT_SIZE + 0.5, color: COLORS.muted });
    return;
  }
  const max = Math.max(...shown.map((bar) => bar.count));
  const barX = box.x + LABEL_WIDTH + 6;
  const barSpan = box.width - LABEL_WIDTH - 6 - VALUE_ROOM;
  const bottom = box.top - shown.length * BAR_PITCH;
  // Baseline of the bars, so zero-length bars still read as a chart.
  page.drawLine({ start: { x: barX, y: box.top }, end: { x: barX, y: bottom }, thickness: 0.75, color: COLORS.rule });
  shown.forEach((bar, index) => {
    const rowTop = box.top - index * BAR_PITCH;
    const barY = rowTop - (BAR_PITCH + BAR_HEIGHT) / 2;
    const label = bar.status === null ? 'Other' : pythonTitle(bar.status);
    const fitted = fonts.regular.fit(label, TEXT_SIZE, LABEL_WIDTH);
    fonts.regular.draw(page, fitted, {
      x: barX - 6 - fonts.regular.widthOf(fitted, TEXT_SIZE),
      y: barY + 2.5,
      size: TEXT_SIZE,
      color: COLORS.text,
    });
    const length = max === 0 ? 0 : (bar.count / max) * barSpan;
    if (length > 0) page.drawRectangle({ x: barX, y: barY, width: length, height: BAR_HEIGHT, color: statusColor(bar.status) });
    fonts.bold.draw(page, String(bar.count), { x: barX + length + 4, y: barY + 2.5, size: TEXT_SIZE, color: COLORS.text });
  });
}
