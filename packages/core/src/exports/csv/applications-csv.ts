/** Contract 9.1: the applications CSV, streamed one record at a time. */
import type { ApplicationView, ViewField } from '../../applications/application-view.js';
import type { CsvCell } from './csv-writer.js';
import { csvLine } from './csv-writer.js';
import { utcDateText } from './utc-date.js';

export const APPLICATIONS_CSV_HEADER = [
  'Company',
  'Job Title',
  'Status',
  'Applied Date',
  'Source',
  'Employment Type',
  'Work Mode',
  'Experience Level',
  'Salary Min',
  'Salary Max',
  'Location',
  'Industry',
  'Notes',
] as const;

/** The document paths the 13 cells read (with `company.name`, always in a view): the store
 * reads only these for an export (`ApplicationRepository.streamViews`). */
export const APPLICATIONS_CSV_FIELDS = [
  'job.title',
  'application.status',
  'application.applied_date',
  'application.source',
  'job.employment_type',
  'job.work_mode',
  'job.experience_level',
  'job.salary_min',
  'job.salary_max',
  'company.location',
  'company.industry',
  'notes',
] as const satisfies readonly ViewField[];

/** The 13 cells of one application (a whole document or a view of `APPLICATIONS_CSV_FIELDS`),
 * in header order. Salaries are int columns. */
export function applicationCsvCells(application: ApplicationView): CsvCell[] {
  const { company, job } = application;
  const info = application.application;
  const applied = info?.applied_date;
  return [
    company?.name,
    job?.title,
    info?.status,
    applied ? utcDateText(applied) : null,
    info?.source,
    job?.employment_type,
    job?.work_mode,
    job?.experience_level,
    job?.salary_min,
    job?.salary_max,
    company?.location,
    company?.industry,
    application.notes,
  ];
}

export const applicationCsvLine = (application: ApplicationView): string => csvLine(applicationCsvCells(application));

/** Header then one line per application, in the order given (the caller filters and sorts by
 * `created_at` descending). Pulls one application at a time, so memory stays flat for any count. */
export async function* applicationsCsvLines(
  applications: Iterable<ApplicationView> | AsyncIterable<ApplicationView>,
): AsyncGenerator<string, void, undefined> {
  yield csvLine(APPLICATIONS_CSV_HEADER);
  for await (const application of applications) yield applicationCsvLine(application);
}
