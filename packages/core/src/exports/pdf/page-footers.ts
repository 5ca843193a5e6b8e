/** Footers drawn once every page exists, so each can say "Page N of M". */
import type { ReportCanvas } from './report-canvas.js';
import { COLORS, FOOTER_Y, MARGIN } from './report-theme.js';

const TEXT_SIZE = 8;

export function drawPageFooters(canvas: ReportCanvas, leftText: string): void {
  const pages = canvas.doc.getPages();
  const { regular } = canvas.fonts;
  pages.forEach((page, index) => {
    const right = page.getWidth() - MARGIN.right;
    page.drawLine({ start: { x: MARGIN.left, y: FOOTER_Y + 12 }, end: { x: right, y: FOOTER_Y + 12 }, thickness: 0.5, color: COLORS.rule });
    regular.draw(page, leftText, { x: MARGIN.left, y: FOOTER_Y, size: TEXT_SIZE, color: COLORS.muted });
    const label = `Page ${index + 1} of ${pages.length}`;
    regular.draw(page, label, { x: right - regular.widthOf(label, TEXT_SIZE), y: FOOTER_Y, size: TEXT_SIZE, color: COLORS.muted });
  });
}
