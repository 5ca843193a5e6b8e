/** Applications per month as columns with a y-axis grid, drawn with vector shapes. */
import type { PeriodCount } from '../../analytics/applications-over-time.js';
import { niceScale } from './nice-scale.js';
import type { ReportCanvas } from './report-canvas.js';
import { COLORS } from './report-theme.js';

export const MONTHLY_CHART_HEIGHT = 178;
const PLOT_HEIGHT = 140;
const AXIS_ROOM = 30;
const TEXT_SIZE = 7.5;

/** Draws the chart with its top at the cursor across `width`, and moves the cursor below it. */
export function drawMonthlyChart(canvas: ReportCanvas, series: readonly PeriodCount[], x: number, width: number): void {
  const { page, fonts } = canvas;
  const top = canvas.y;
  if (series.length === 0) {
    fonts.regular.draw(page, 'No applications yet.', { x, y: top - 14, size: 9, color: COLORS.muted });
    canvas.y = top - 24;
    return;
  }
  canvas.y = top - MONTHLY_CHART_HEIGHT;
  const plotX = x + AXIS_ROOM;
  const plotWidth = width - AXIS_ROOM;
  const plotBottom = top - 8 - PLOT_HEIGHT;
  const scale = niceScale(Math.max(...series.map((p) => p.count)));

  for (let tick = 0; tick <= scale.top; tick += scale.step) {
    const y = plotBottom + (tick / scale.top) * PLOT_HEIGHT;
    page.drawLine({
      start: { x: plotX, y },
      end: { x: plotX + plotWidth, y },
      thickness: tick === 0 ? 0.9 : 0.5,
      color: tick === 0 ? COLORS.muted : COLORS.grid,
    });
    const label = String(tick);
    fonts.regular.draw(page, label, { x: plotX - 5 - fonts.regular.widthOf(label, TEXT_SIZE), y: y - 2.5, size: TEXT_SIZE, color: COLORS.muted });
  }

  const slot = plotWidth / series.length;
  const columnWidth = Math.min(36, slot * 0.68);
  // Thin out the month labels so neighbours never overlap.
  const labelWidth = fonts.regular.widthOf('0000-00', TEXT_SIZE) + 6;
  const labelEvery = Math.max(1, Math.ceil(labelWidth / slot));
  series.forEach((point, index) => {
    const centre = plotX + slot * (index + 0.5);
    const height = (point.count / scale.top) * PLOT_HEIGHT;
    page.drawRectangle({ x: centre - columnWidth / 2, y: plotBottom, width: columnWidth, height, color: COLORS.accent });
    if (columnWidth >= 12) {
      const value = String(point.count);
      fonts.bold.draw(page, value, {
        x: centre - fonts.bold.widthOf(value, TEXT_SIZE) / 2,
        y: plotBottom + height + 3,
        size: TEXT_SIZE,
        color: COLORS.text,
      });
    }
    if (index % labelEvery === 0) {
      fonts.regular.draw(page, point.period, {
        x: centre - fonts.regular.widthOf(point.period, TEXT_SIZE) / 2,
        y: plotBottom - 12,
        size: TEXT_SIZE,
        color: COLORS.muted,
      });
    }
  });
}
