/** What a CSV column can become in an application, and how each target is named in a mapping. */

export const IMPORT_FIELDS = [
  'company',
  'job_title',
  'status',
  'applied_date',
  /** When the job was saved or added; the applied date when a row has none. */
  'added_date',
  'source',
  'job_url',
  'location',
  'work_mode',
  'employment_type',
  'experience_level',
  'salary_min',
  'salary_max',
  /** One cell with a figure or a range ("$80k - $100k"). */
  'salary',
  'industry',
  'company_website',
  'job_description',
  'notes',
  /** A person (recruiter, hiring manager): kept as a line of the notes. */
  'contact',
  'resume_version',
  'referral_name',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column's target: a field, `notes` (kept as a "Header: value" line of the notes, the default
 * for columns nothing matches), or `ignore`. */
export type ColumnTarget = ImportField | 'keep_in_notes' | 'ignore';

export const COLUMN_TARGETS: readonly ColumnTarget[] = [...IMPORT_FIELDS, 'keep_in_notes', 'ignore'];

export function isColumnTarget(value: string): value is ColumnTarget {
  return (COLUMN_TARGETS as readonly string[]).includes(value);
}

/** Fields at most one column may fill; `notes` and `contact` may come from several. */
export const SINGLE_COLUMN_FIELDS: ReadonlySet<ImportField> = new Set(IMPORT_FIELDS.filter((field) => field !== 'notes' && field !== 'contact'));

/** Without these two no application can be built. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['company', 'job_title'];
