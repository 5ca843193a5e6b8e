/** Page geometry and colours of the PDF report, in one place so the parts line up. */
import type { RGB } from 'pdf-lib';
import { rgb } from 'pdf-lib';

const hex = (value: string): RGB =>
  rgb(parseInt(value.slice(1, 3), 16) / 255, parseInt(value.slice(3, 5), 16) / 255, parseInt(value.slice(5, 7), 16) / 255);

/** US Letter in points, as the original. */
export const PAGE_SIZE: [number, number] = [612, 792];
export const MARGIN = { left: 48, right: 48, top: 54, bottom: 64 } as const;
export const CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN.left - MARGIN.right;
/** Baseline of the page footer, below the bottom margin. */
export const FOOTER_Y = 32;

export const COLORS = {
  text: hex('#111827'),
  muted: hex('#6B7280'),
  heading: hex('#1E3A5F'),
  rule: hex('#D1D5DB'),
  grid: hex('#E5E7EB'),
  headerBand: hex('#D9DDE3'),
  zebra: hex('#F5F7FA'),
  accent: hex('#2563EB'),
  white: rgb(1, 1, 1),
} as const;

const STATUS_COLORS: Readonly<Record<string, RGB>> = {
  applied: hex('#3B82F6'),
  screening: hex('#8B5CF6'),
  interview: hex('#F59E0B'),
  technical_test: hex('#06B6D4'),
  offer: hex('#10B981'),
  accepted: hex('#047857'),
  rejected: hex('#EF4444'),
  withdrawn: hex('#9CA3AF'),
};
const OTHER_STATUS_COLOR = hex('#64748B');

/** Bar colour of a status; statuses outside the documented eight share one slate colour. */
export const statusColor = (status: string | null): RGB =>
  (status !== null && Object.hasOwn(STATUS_COLORS, status) ? STATUS_COLORS[status] : undefined) ?? OTHER_STATUS_COLOR;
