/** What can be wrong with one row. Errors keep the row out of the import; warnings describe what
 * the importer did instead (and the row is imported). */
export type RowProblemCode =
  | 'missing_company'
  | 'missing_job_title'
  | 'too_long'
  | 'unknown_status'
  | 'approximate_status'
  | 'invalid_date'
  | 'date_order'
  | 'no_applied_date'
  | 'invalid_salary'
  | 'invalid_url'
  | 'formula'
  | 'extra_cells';

export type RowProblem = {
  severity: 'error' | 'warning';
  code: RowProblemCode;
  /** The header of the column concerned; null for the row as a whole. */
  column: string | null;
  message: string;
};

export const rowError = (code: RowProblemCode, column: string | null, message: string): RowProblem => ({ severity: 'error', code, column, message });
export const rowWarning = (code: RowProblemCode, column: string | null, message: string): RowProblem => ({
  severity: 'warning',
  code,
  column,
  message,
});

export const hasErrors = (problems: readonly RowProblem[]): boolean => problems.some((problem) => problem.severity === 'error');
