/** The proof of search as CSV (RFC 4180, formula-guarded by core's writer): the person and the
 * period, one row per application, then the totals per week. */
import { csvLine } from '../exports/csv/csv-writer.js';
import type { ProofOfSearch } from './proof-report.js';
import { COLUMN_TITLES, outcomeText, PROOF_TITLE, proofFormatter } from './proof-text.js';

export function* proofOfSearchCsvLines(report: ProofOfSearch, options: { locale: string }): Generator<string> {
  const text = proofFormatter(options.locale);
  yield csvLine([PROOF_TITLE]);
  yield csvLine(['Name', report.person.name]);
  yield csvLine(['Email', report.person.email]);
  yield csvLine(['Period', text.date(report.period.from), text.date(report.period.to)]);
  yield csvLine([]);
  yield csvLine(COLUMN_TITLES);
  for (const row of report.rows) {
    yield csvLine([text.date(row.date), row.employer, row.employerAddress, row.position, row.sentVia, row.contactPerson, outcomeText(row.outcome)]);
  }
  yield csvLine([]);
  yield csvLine(['Week', 'Applications']);
  for (const week of report.weeks) yield csvLine([text.week(week), week.applications]);
  yield csvLine(['Total', report.total]);
}
