/** Proof of search: the applications of a period as an unemployment office asks for them, with
 * totals per week, as CSV and PDF. */
export { proofOfSearchFor } from './proof-of-search-for.js';
export type { ProofOfSearchDeps, ProofOfSearchQuery } from './proof-of-search-for.js';
export { proofOfSearch } from './proof-report.js';
export type { ProofOfSearch, ProofRow, WeekTotal } from './proof-report.js';
export { calendarDateIn, isoWeekOf, MAX_PERIOD_DAYS, proofPeriod, weeksOf } from './proof-period.js';
// `CalendarDate` (YYYY-MM-DD text) stays internal: the applications module names that type.
export type { IsoWeek, ProofPeriod } from './proof-period.js';
export { proofOfSearchCsvLines } from './proof-csv.js';
export { buildProofOfSearchPdf, PROOF_PAGE_SIZE } from './proof-pdf.js';
export type { ProofOfSearchPdfInput } from './proof-pdf.js';
export { outcomeText, PROOF_TITLE } from './proof-text.js';
