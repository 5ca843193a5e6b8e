/** The preview: every row read, mapped and checked, and compared with what the person imported
 * before, with nothing written. It shows the detected format and column mapping, how dates were
 * read, and each row's problems. */
import { NO_RESPONSE, type ApplicationStatus } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import { DateOrderEvidence, decideDateOrder, localeDateOrder, type DateOrderDecision } from './import-dates.js';
import { openImport, type ImportColumn, type ImportOptions, type ImportSource } from './import-source.js';
import { finishRow } from './row-application.js';
import { readRowCells, type RowCells } from './row-cells.js';
import { RowFingerprints } from './row-fingerprint.js';
import { hasErrors, type RowProblem } from './row-problems.js';
import type { TrackerFormatId } from './tracker-formats.js';

export type ImportRowReport = {
  /** The line of the file the row starts on. */
  line: number;
  /** `new`: would be imported; `duplicate`: imported before, skipped; `invalid`: has errors. */
  outcome: 'new' | 'duplicate' | 'invalid';
  company: string;
  job_title: string;
  status: ApplicationStatus;
  /** `no_response` when the row will be closed as no response ("Ghosted"). */
  closed_as: typeof NO_RESPONSE | null;
  applied_date: Date | null;
  problems: RowProblem[];
};

export type ImportPreview = {
  format: TrackerFormatId;
  formatLabel: string;
  columns: ImportColumn[];
  /** Why nothing could be imported with this mapping (no company or job title column): every
   * row is then invalid, and the person picks the columns; null when the mapping works. */
  mappingProblem: string | null;
  dates: DateOrderDecision;
  rows: ImportRowReport[];
  totals: { rows: number; new: number; duplicates: number; invalid: number; withWarnings: number };
};

/** The first pass of an import: rows mapped, dates noted for the file's order. */
export async function scanImport(
  source: ImportSource,
  options: ImportOptions,
  keep: (row: RowCells, fingerprint: string) => void,
  mode: { lenient?: boolean } = {},
) {
  const opened = await openImport(source, options, mode);
  const plan = { headers: opened.columns.map((column) => column.header), targets: opened.columns.map((column) => column.target) };
  const evidence = new DateOrderEvidence();
  const fingerprints = new RowFingerprints();
  for await (const record of opened.rows) {
    const row = readRowCells(record, plan);
    if (row.appliedDate) evidence.note(row.appliedDate.parsed);
    if (row.addedDate) evidence.note(row.addedDate.parsed);
    keep(row, fingerprints.next(record.fields));
  }
  const dates = decideDateOrder(evidence, { chosen: options.dateOrder, localeOrder: localeDateOrder(options.locale) });
  return { opened, plan, dates };
}

const LOOKUP_BATCH = 1000;

export async function previewImport(
  deps: { applications: Pick<ApplicationRepository, 'findImportFingerprints'> },
  command: { userId: number; source: ImportSource; options?: ImportOptions },
): Promise<ImportPreview> {
  const kept: Array<{ row: RowCells; fingerprint: string }> = [];
  const { opened, dates } = await scanImport(command.source, command.options ?? {}, (row, fingerprint) => kept.push({ row, fingerprint }), { lenient: true });
  const imported = new Set<string>();
  for (let start = 0; start < kept.length; start += LOOKUP_BATCH) {
    const batch = kept.slice(start, start + LOOKUP_BATCH).map((entry) => entry.fingerprint);
    for (const fingerprint of await deps.applications.findImportFingerprints(command.userId, batch)) imported.add(fingerprint);
  }
  const rows = kept.map(({ row, fingerprint }): ImportRowReport => {
    const finished = finishRow(row, dates.order);
    const outcome = hasErrors(finished.problems) ? 'invalid' : imported.has(fingerprint) ? 'duplicate' : 'new';
    return {
      line: finished.line,
      outcome,
      company: finished.company,
      job_title: finished.jobTitle,
      status: finished.status,
      closed_as: row.closedAsNoResponse ? NO_RESPONSE : null,
      applied_date: finished.appliedDate,
      problems: finished.problems,
    };
  });
  const count = (outcome: ImportRowReport['outcome']) => rows.filter((row) => row.outcome === outcome).length;
  return {
    format: opened.format,
    formatLabel: opened.formatLabel,
    columns: opened.columns,
    mappingProblem: opened.mappingProblem,
    dates,
    rows,
    totals: {
      rows: rows.length,
      new: count('new'),
      duplicates: count('duplicate'),
      invalid: count('invalid'),
      withWarnings: rows.filter((row) => row.problems.some((problem) => problem.severity === 'warning')).length,
    },
  };
}
