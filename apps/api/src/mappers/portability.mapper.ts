/** Import previews and results, and the proof-of-search report -> their outputs (snake_case keys,
 * the contract's datetime text). */
import { formatDateTime, type ImportPreviewOutput, type ImportResultOutput, type ProofOfSearchOutput } from '@jobtracker/contracts';
import { outcomeText, type DateOrderDecision, type ImportPreview, type ImportResult, type ProofOfSearch } from '@jobtracker/core';

const datesOf = (dates: DateOrderDecision): ImportResultOutput['dates'] => ({
  order: dates.order,
  decided_by: dates.decidedBy,
  ambiguous_dates: dates.ambiguousDates,
  conflicting_dates: dates.conflictingDates,
});

export function toImportPreviewOutput(preview: ImportPreview): ImportPreviewOutput {
  return {
    format: preview.format,
    format_label: preview.formatLabel,
    columns: preview.columns.map(({ index, header, detected, target }) => ({ index, header, detected, target })),
    mapping_problem: preview.mappingProblem,
    dates: datesOf(preview.dates),
    rows: preview.rows.map((row) => ({
      line: row.line,
      outcome: row.outcome,
      company: row.company,
      job_title: row.job_title,
      status: row.status,
      closed_as: row.closed_as,
      applied_date: row.applied_date ? formatDateTime(row.applied_date) : null,
      problems: row.problems.map(({ severity, code, column, message }) => ({ severity, code, column, message })),
    })),
    totals: {
      rows: preview.totals.rows,
      new: preview.totals.new,
      duplicates: preview.totals.duplicates,
      invalid: preview.totals.invalid,
      with_warnings: preview.totals.withWarnings,
    },
  };
}

export function toImportResultOutput(result: ImportResult): ImportResultOutput {
  return {
    format: result.format,
    dates: datesOf(result.dates),
    created: result.created,
    duplicates: result.duplicates,
    invalid: result.invalid,
    invalid_lines: [...result.invalidLines],
  };
}

export function toProofOfSearchOutput(report: ProofOfSearch): ProofOfSearchOutput {
  return {
    person: { name: report.person.name, email: report.person.email },
    period: { from: report.period.from, to: report.period.to, time_zone: report.period.timeZone.name },
    rows: report.rows.map((row) => ({
      date: row.date,
      employer: row.employer,
      employer_address: row.employerAddress,
      position: row.position,
      sent_via: row.sentVia,
      contact_person: row.contactPerson,
      outcome: row.outcome,
      outcome_text: outcomeText(row.outcome),
    })),
    weeks: report.weeks.map(({ year, week, monday, applications }) => ({ year, week, monday, applications })),
    total: report.total,
  };
}
