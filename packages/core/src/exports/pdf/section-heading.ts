/** Section headings of the report. */
import type { ReportCanvas } from './report-canvas.js';
import { COLORS } from './report-theme.js';

export const HEADING_SIZE = 14;
/** Vertical space a heading takes, including the gap below it. */
export const HEADING_HEIGHT = 26;

/** Draws a heading with a short accent rule at the cursor and moves the cursor below it. */
export function drawHeading(canvas: ReportCanvas, text: string, x: number, y = canvas.y): void {
  canvas.fonts.bold.draw(canvas.page, text, { x, y: y - HEADING_SIZE, size: HEADING_SIZE, color: COLORS.heading });
  canvas.page.drawRectangle({ x, y: y - HEADING_SIZE - 8, width: 28, height: 2, color: COLORS.accent });
}
