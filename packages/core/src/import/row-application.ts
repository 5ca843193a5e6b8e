/** The last step of a row: its dates read in the file's order, its notes joined, and the
 * application built with the same defaults as one created through the API. */
import type { Application, ApplicationStatus } from '../applications/application.js';
import { storedApplicationInfo, storedCompany, storedJob } from '../applications/application-defaults.js';
import { noResponseEvent } from '../insights/follow-up-commands.js';
import type { IdGenerator } from '../shared/ids.js';
import { resolveDate, type DateOrder } from './import-dates.js';
import type { DateCell, RowCells } from './row-cells.js';
import { hasErrors, rowError, rowWarning, type RowProblem } from './row-problems.js';

/** The contract's longest text field. */
const NOTES_LIMIT = 100_000;

export type FinishedRow = {
  line: number;
  company: string;
  jobTitle: string;
  status: ApplicationStatus;
  appliedDate: Date | null;
  notes: string;
  problems: RowProblem[];
};

const ORDER_NAMES: Record<DateOrder, string> = { MDY: 'month first', DMY: 'day first' };

function dateOf(cell: DateCell | null, order: DateOrder, problems: RowProblem[]): Date | null {
  if (cell === null) return null;
  const date = resolveDate(cell.parsed, order);
  if (date === null) {
    problems.push(rowWarning('invalid_date', cell.column, `${cell.column}: "${cell.raw}" is not a date; it is kept in the notes.`));
    return null;
  }
  if (cell.parsed.kind === 'date' && cell.parsed.order !== undefined && cell.parsed.order !== order) {
    problems.push(
      rowWarning('date_order', cell.column, `${cell.column}: "${cell.raw}" can only be ${ORDER_NAMES[cell.parsed.order]}, unlike the file's other dates.`),
    );
  }
  return date;
}

export function finishRow(row: RowCells, order: DateOrder): FinishedRow {
  const problems = [...row.problems];
  const extraNotes = [...row.extraNotes];
  const applied = dateOf(row.appliedDate, order, problems);
  const added = dateOf(row.addedDate, order, problems);
  if (row.appliedDate && applied === null) extraNotes.push(`${row.appliedDate.column}: ${row.appliedDate.raw}`);
  if (row.addedDate && added === null) extraNotes.push(`${row.addedDate.column}: ${row.addedDate.raw}`);
  if (applied === null && !hasErrors(problems)) {
    problems.push(
      rowWarning('no_applied_date', null, added ? 'No applied date: the date the job was added is used.' : 'No applied date: the import date is used.'),
    );
  }
  const notes = [...row.notes, ...extraNotes].join('\n');
  if (notes.length > NOTES_LIMIT) problems.push(rowError('too_long', null, `The notes of this row are longer than ${NOTES_LIMIT} characters.`));
  return {
    line: row.line,
    company: row.text.company ?? '',
    jobTitle: row.text.job_title ?? '',
    status: row.status,
    appliedDate: applied ?? added,
    notes,
    problems,
  };
}

/** The application of an error-free row; `created_at` is when it was applied for (the import
 * date when unknown), so the history keeps its place in every list and chart. */
export function rowApplication(
  row: RowCells,
  finished: FinishedRow,
  context: { userId: number; ids: IdGenerator; now: Date; fingerprint: string },
): Application {
  const { text } = row;
  const createdAt = finished.appliedDate ?? context.now;
  return {
    id: context.ids.objectId(createdAt),
    user_id: context.userId,
    company: storedCompany({
      name: finished.company,
      website: row.companyWebsite ?? undefined,
      industry: text.industry,
      location: text.location,
    }),
    job: storedJob({
      title: finished.jobTitle,
      description: text.job_description,
      job_url: row.jobUrl ?? undefined,
      employment_type: text.employment_type,
      work_mode: text.work_mode,
      experience_level: text.experience_level,
      salary_min: row.salaryMin ?? undefined,
      salary_max: row.salaryMax ?? undefined,
    }),
    application: storedApplicationInfo(
      {
        applied_date: finished.appliedDate ?? undefined,
        source: text.source,
        status: finished.status,
        resume_version: text.resume_version,
        referral_name: text.referral_name,
      },
      context.now,
    ),
    requirements: {},
    // Closed when the import learns it, as "close as no response" would have closed it then.
    timeline: row.closedAsNoResponse ? [noResponseEvent(context.now)] : [],
    attachments: [],
    notes: finished.notes,
    is_favorite: false,
    import_fingerprint: context.fingerprint,
    created_at: createdAt,
    updated_at: context.now,
  };
}
