/** Text formatting for the PDF report, matching the original's Python formatting. */
import type { JobInfo } from '../../applications/application.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** `strftime('%B %d, %Y')` in UTC: "January 05, 2025". */
export const longDate = (date: Date): string =>
  `${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, '0')}, ${date.getUTCFullYear()}`;

const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;

/** Python's `str.title()`: a letter is upper-cased after a non-letter and lower-cased after a
 * letter, so `technical_test` becomes `Technical_Test`. */
export function pythonTitle(text: string): string {
  let out = '';
  let previousCased = false;
  for (const char of text) {
    const cased = CASED.test(char);
    out += cased ? (previousCased ? char.toLowerCase() : char.toUpperCase()) : char;
    previousCased = cased;
  }
  return out;
}

/** Python's `f"{n:,}"`: thousands separated by commas. */
export function groupThousands(value: number): string {
  const [integer = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** `$80,000 - $120,000`, shown only when salary_min is non-zero (as in the original). A missing
 * maximum, which crashed the original (defect 25), reads `$80,000+`. */
export function salaryRangeText(job: JobInfo | undefined): string | null {
  const min = job?.salary_min;
  if (typeof min !== 'number' || min === 0 || Number.isNaN(min)) return null;
  const max = job?.salary_max;
  return typeof max === 'number' && !Number.isNaN(max) ? `$${groupThousands(min)} - $${groupThousands(max)}` : `$${groupThousands(min)}+`;
}

/** Collapses line breaks, tabs and other control characters, which a table cell cannot show
 * (pdf-lib would start a new line at `\n`). */
export const singleLine = (text: string): string => text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
