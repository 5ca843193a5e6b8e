/** Exports (contract section 9): streamed CSV files and the PDF report, built from data passed in. */
export { analyticsCsvLines } from './csv/analytics-csv.js';
export type { AnalyticsCsvInput } from './csv/analytics-csv.js';
export { APPLICATIONS_CSV_FIELDS, APPLICATIONS_CSV_HEADER, applicationCsvCells, applicationCsvLine, applicationsCsvLines } from './csv/applications-csv.js';
export { COMPANIES_CSV_HEADER, companiesCsvLines, companyCsvCells, companyCsvLine } from './csv/companies-csv.js';
export type { CompanyCsvRecord } from './csv/companies-csv.js';
export { CSV_LINE_END, csvCellText, csvLine, floatCell, quoteField } from './csv/csv-writer.js';
export type { CsvCell, FloatCell } from './csv/csv-writer.js';
export { exportFilename } from './csv/export-filename.js';
export { pythonFloatRepr, pythonIntRepr } from './csv/python-float.js';
export { buildApplicationsReport, REPORT_TITLE } from './pdf/applications-report.js';
export type { ApplicationsReportInput } from './pdf/applications-report.js';
export type { ReportFontBytes } from './pdf/report-fonts.js';
export { analyticsCsvFor, applicationsCsvFor, companiesCsvFor } from './export-queries.js';
export { applicationsReportFor } from './report-query.js';
