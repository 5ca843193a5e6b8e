/** The words for what a CSV column can become, and the form fields the import routes take. */
import type { ImportPreviewOutput } from '@jobtracker/contracts';

export type Preview = ImportPreviewOutput;
export type ColumnTarget = Preview['columns'][number]['target'];
export type DateOrder = '' | 'MDY' | 'DMY';

export const TARGET_LABELS: Record<ColumnTarget, string> = {
  company: 'Company',
  job_title: 'Job title',
  status: 'Status',
  applied_date: 'Applied date',
  added_date: 'Date added (when no applied date)',
  source: 'Source',
  job_url: 'Job posting URL',
  location: 'Location',
  work_mode: 'Work mode',
  employment_type: 'Employment type',
  experience_level: 'Experience level',
  salary_min: 'Salary (minimum)',
  salary_max: 'Salary (maximum)',
  salary: 'Salary or range',
  industry: 'Industry',
  company_website: 'Company website',
  job_description: 'Job description',
  notes: 'Notes',
  contact: 'Contact person (kept in the notes)',
  resume_version: 'Resume version',
  referral_name: 'Referral',
  keep_in_notes: 'Keep in the notes',
  ignore: 'Ignore',
};

export const TARGETS = Object.keys(TARGET_LABELS) as ColumnTarget[];

export const DECIDED_BY: Record<Preview['dates']['decided_by'], string> = {
  file: 'the file’s own dates',
  caller: 'your choice',
  locale: 'your language settings, as the file does not tell',
};

/** The multipart form both routes take: the file, the person's mapping (a target per column, null
 * for "as detected"), the date order and the browser's language. */
export function importForm(file: File, mapping: Record<number, ColumnTarget>, columnCount: number, dateOrder: DateOrder): FormData {
  const form = new FormData();
  form.append('file', file);
  if (Object.keys(mapping).length > 0) form.append('mapping', JSON.stringify(Array.from({ length: columnCount }, (_, index) => mapping[index] ?? null)));
  if (dateOrder) form.append('date_order', dateOrder);
  form.append('locale', navigator.language);
  return form;
}
