/** One CSV record read through the column mapping: the values for each field, the dates still
 * unresolved (a file's date order is known only once every row is read), what goes to the notes,
 * and the row's problems so far. */
import type { ApplicationStatus } from '../applications/application.js';
import { isWebAddress, neutraliseFormula, parseAmount, parseSalary } from './cell-values.js';
import type { CsvRecord } from './csv-records.js';
import type { ColumnTarget, ImportField } from './import-fields.js';
import { parseDateCell, type ParsedDate } from './import-dates.js';
import { readStatus } from './import-statuses.js';
import { rowError, rowWarning, type RowProblem } from './row-problems.js';

/** Text fields and the contract's length limit of each. */
const TEXT_LIMITS = {
  company: 200,
  job_title: 200,
  source: 100,
  location: 200,
  industry: 100,
  work_mode: 50,
  employment_type: 50,
  experience_level: 50,
  resume_version: 200,
  referral_name: 200,
  job_description: 100_000,
} as const satisfies Partial<Record<ImportField, number>>;

type TextField = keyof typeof TEXT_LIMITS;

export type DateCell = { raw: string; parsed: ParsedDate; column: string };

export type RowCells = {
  line: number;
  text: Partial<Record<TextField, string>>;
  status: ApplicationStatus;
  /** "Ghosted", "No response": closed with the "no response" event. */
  closedAsNoResponse: boolean;
  appliedDate: DateCell | null;
  addedDate: DateCell | null;
  salaryMin: number | null;
  salaryMax: number | null;
  jobUrl: string | null;
  companyWebsite: string | null;
  /** Lines of the notes, in column order: the notes columns first. */
  notes: string[];
  extraNotes: string[];
  problems: RowProblem[];
};

export type ColumnPlan = { headers: readonly string[]; targets: readonly ColumnTarget[] };

const labelOf = (headers: readonly string[], column: number): string => headers[column]?.trim() || `Column ${column + 1}`;

/** The text as stored: a spreadsheet formula gets a leading `'`, as our CSV export writes it,
 * so an export read back keeps its guard, and a guarded number or bullet ("'-5", written the
 * same way) gets its own text back. A warning names the column when the cell changed. */
function safeText(value: string, column: string, problems: RowProblem[]): string {
  const unguarded = /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
  const stored = neutraliseFormula(unguarded) ?? unguarded;
  if (stored !== value && stored.startsWith("'")) {
    problems.push(rowWarning('formula', column, `${column}: the value starts like a spreadsheet formula; it is stored as text with a leading '.`));
  }
  return stored;
}

export function readRowCells(record: CsvRecord, plan: ColumnPlan): RowCells {
  const row: RowCells = {
    line: record.line,
    text: {},
    status: 'applied',
    closedAsNoResponse: false,
    appliedDate: null,
    addedDate: null,
    salaryMin: null,
    salaryMax: null,
    jobUrl: null,
    companyWebsite: null,
    notes: [],
    extraNotes: [],
    problems: [],
  };
  record.fields.forEach((cell, column) => {
    const value = cell.trim();
    if (value === '') return;
    const label = labelOf(plan.headers, column);
    const target = plan.targets[column];
    if (target === undefined) {
      row.problems.push(rowWarning('extra_cells', null, `Column ${column + 1} has no header; its value is kept in the notes.`));
      row.extraNotes.push(`Column ${column + 1}: ${safeText(value, label, row.problems)}`);
      return;
    }
    readCell(row, { target, value, label });
  });
  if (!row.text.company) row.problems.push(rowError('missing_company', null, 'No company name.'));
  if (!row.text.job_title) row.problems.push(rowError('missing_job_title', null, 'No job title.'));
  return row;
}

function readCell(row: RowCells, cell: { target: ColumnTarget; value: string; label: string }): void {
  const { target, value, label } = cell;
  const keep = (reason: string, code: 'invalid_salary' | 'invalid_url' | 'too_long' | 'invalid_date') => {
    row.problems.push(rowWarning(code, label, `${label}: ${reason}; the value is kept in the notes.`));
    row.extraNotes.push(`${label}: ${safeText(value, label, row.problems)}`);
  };
  switch (target) {
    case 'ignore':
      return;
    case 'keep_in_notes':
      row.extraNotes.push(`${label}: ${safeText(value, label, row.problems)}`);
      return;
    case 'notes':
      row.notes.push(safeText(value, label, row.problems));
      return;
    case 'contact':
      row.extraNotes.push(`Contact: ${safeText(value, label, row.problems)}`);
      return;
    case 'status': {
      const reading = readStatus(value);
      row.status = reading.status;
      row.closedAsNoResponse = reading.closedAsNoResponse;
      if (!reading.known) {
        row.problems.push(rowWarning('unknown_status', label, `${label}: "${value}" is not a status we know; imported as applied.`));
      } else if (reading.keepOriginal) {
        row.problems.push(rowWarning('approximate_status', label, `${label}: "${value}" is imported as ${reading.status}.`));
      }
      if (reading.keepOriginal) row.extraNotes.push(`Imported status: ${safeText(value, label, row.problems)}`);
      return;
    }
    case 'applied_date':
    case 'added_date': {
      const parsed = parseDateCell(value);
      if (parsed.kind === 'invalid') return keep('not a date we can read', 'invalid_date');
      row[target === 'applied_date' ? 'appliedDate' : 'addedDate'] = { raw: value, parsed, column: label };
      return;
    }
    case 'salary_min':
    case 'salary_max': {
      const amount = parseAmount(value);
      if (amount === null) return keep('not an amount', 'invalid_salary');
      row[target === 'salary_min' ? 'salaryMin' : 'salaryMax'] = amount;
      return;
    }
    case 'salary': {
      const range = parseSalary(value);
      if (range === null) return keep('not an amount or a range', 'invalid_salary');
      row.salaryMin ??= range.min;
      if (range.max !== null) row.salaryMax ??= range.max;
      return;
    }
    case 'job_url':
    case 'company_website':
      if (!isWebAddress(value)) return keep('not a web address (http or https, at most 200 characters)', 'invalid_url');
      row[target === 'job_url' ? 'jobUrl' : 'companyWebsite'] = value;
      return;
    default: {
      const limit = TEXT_LIMITS[target];
      if ([...value].length > limit) {
        if (target === 'company' || target === 'job_title') {
          row.problems.push(rowError('too_long', label, `${label}: longer than ${limit} characters.`));
          return;
        }
        return keep(`longer than ${limit} characters`, 'too_long');
      }
      row.text[target] = safeText(value, label, row.problems);
    }
  }
}
