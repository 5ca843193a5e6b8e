/** Import of applications from CSV: our own export and other trackers' files, previewed row by
 * row, then written all at once and idempotently. */
export { applyMapping, detectColumns } from './column-mapping.js';
export type { DetectedColumns } from './column-mapping.js';
export { csvRecords, sniffSeparator } from './csv-records.js';
export type { CsvRecord, CsvSeparator } from './csv-records.js';
export { COLUMN_TARGETS, IMPORT_FIELDS, isColumnTarget } from './import-fields.js';
export type { ColumnTarget, ImportField } from './import-fields.js';
export { localeDateOrder, parseDateCell } from './import-dates.js';
export type { DateOrder, DateOrderDecision, ParsedDate } from './import-dates.js';
export { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './import-limits.js';
export { readStatus } from './import-statuses.js';
export type { StatusReading } from './import-statuses.js';
export type { ImportColumn, ImportOptions, ImportSource } from './import-source.js';
export { previewImport } from './import-preview.js';
export type { ImportPreview, ImportRowReport } from './import-preview.js';
export { importApplications } from './import-applications.js';
export type { ImportResult } from './import-applications.js';
export type { RowProblem, RowProblemCode } from './row-problems.js';
export { TRACKER_FORMATS } from './tracker-formats.js';
export type { TrackerFormat, TrackerFormatId } from './tracker-formats.js';
