/** The import: the file read twice (once to decide how its dates are written, once to write),
 * every error-free row stored in one call of the repository, which stores all or none, and rows
 * imported before skipped by their fingerprint. Memory stays flat: rows stream into the store. */
import type { Application } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import type { IdGenerator } from '../shared/ids.js';
import type { DateOrderDecision } from './import-dates.js';
import { scanImport } from './import-preview.js';
import { openImport, type ImportOptions, type ImportSource } from './import-source.js';
import { finishRow, rowApplication } from './row-application.js';
import { readRowCells } from './row-cells.js';
import { RowFingerprints } from './row-fingerprint.js';
import { hasErrors } from './row-problems.js';
import type { TrackerFormatId } from './tracker-formats.js';

/** Lines of rows left out for errors, listed up to this many (the preview lists them all). */
const MAX_LISTED_LINES = 1000;

export type ImportResult = {
  format: TrackerFormatId;
  dates: DateOrderDecision;
  created: number;
  /** Rows imported before (same fingerprint), or repeated in the file's own earlier rows. */
  duplicates: number;
  /** Rows left out because of errors, and the first of their lines. */
  invalid: number;
  invalidLines: number[];
};

export async function importApplications(
  deps: { applications: Pick<ApplicationRepository, 'createMany'>; ids: IdGenerator },
  command: { userId: number; source: ImportSource; options?: ImportOptions; now: Date },
): Promise<ImportResult> {
  const options = command.options ?? {};
  // The first pass only decides the date order (unless the person chose one).
  const { dates } = options.dateOrder
    ? { dates: null }
    : await scanImport(command.source, { ...options, onProgress: undefined }, () => undefined);
  const opened = await openImport(command.source, options);
  const plan = { headers: opened.columns.map((column) => column.header), targets: opened.columns.map((column) => column.target) };
  const decision: DateOrderDecision = dates ?? { order: options.dateOrder ?? 'MDY', decidedBy: 'caller', ambiguousDates: 0, conflictingDates: 0 };
  let invalid = 0;
  const invalidLines: number[] = [];
  const fingerprints = new RowFingerprints();

  async function* applications(): AsyncGenerator<Application> {
    for await (const record of opened.rows) {
      const fingerprint = fingerprints.next(record.fields);
      const row = readRowCells(record, plan);
      const finished = finishRow(row, decision.order);
      if (hasErrors(finished.problems)) {
        invalid += 1;
        if (invalidLines.length < MAX_LISTED_LINES) invalidLines.push(finished.line);
        continue;
      }
      yield rowApplication(row, finished, { userId: command.userId, ids: deps.ids, now: command.now, fingerprint });
    }
  }

  const { created, skipped } = await deps.applications.createMany(command.userId, applications());
  return { format: opened.format, dates: decision, created, duplicates: skipped, invalid, invalidLines };
}
