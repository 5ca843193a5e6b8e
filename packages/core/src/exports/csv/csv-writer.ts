/** One CSV record in Python's csv "excel" dialect (RFC 4180): `,` separator, `\r\n` line end,
 * quotes only where needed; plus a guard against spreadsheet formula injection (defect 26). */
import { pythonFloatRepr, pythonIntRepr } from './python-float.js';

/** A number the original holds as a Python float, so an integral value is written `4.0`. */
export type FloatCell = { readonly float: number };
export type CsvCell = string | number | boolean | null | undefined | FloatCell;

/** Wraps a float-typed value; null and undefined stay empty cells. */
export const floatCell = (value: number | null | undefined): FloatCell | null =>
  typeof value === 'number' ? { float: value } : null;

export const CSV_LINE_END = '\r\n';

/** Text starting with one of these is a formula (or may become one) in Excel, LibreOffice and
 * Google Sheets. OWASP's advice: prefix a single quote so the cell shows as text. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text is guarded against formula injection; numbers are never guarded, so `-5` stays a number. */
export function csvCellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'True' : 'False';
  if (typeof cell === 'number') return Number.isInteger(cell) ? pythonIntRepr(cell) : pythonFloatRepr(cell);
  if (typeof cell === 'object') return pythonFloatRepr(cell.float);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Quotes a field only when it holds `,`, `"`, CR or LF, doubling inner quotes. */
export const quoteField = (text: string): string => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** One record, line end included. As in Python, an empty record is a blank line (`\r\n`) and a
 * record of one empty field is written `""` so that it reads back as a field. */
export function csvLine(cells: readonly CsvCell[]): string {
  const fields = cells.map((cell) => quoteField(csvCellText(cell)));
  if (fields.length === 1 && fields[0] === '') return `""${CSV_LINE_END}`;
  return fields.join(',') + CSV_LINE_END;
}
