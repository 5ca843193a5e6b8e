/** Which column becomes which field: detected from the header row (a known tracker's export, or
 * header names matched against synonyms), then adjustable by the person, column by column. */
import { validationError } from '../shared/domain-error.js';
import { COLUMN_TARGETS, isColumnTarget, SINGLE_COLUMN_FIELDS, type ColumnTarget, type ImportField } from './import-fields.js';
import { HEADER_SYNONYMS, normaliseHeader, TRACKER_FORMATS, type TrackerFormatId } from './tracker-formats.js';

export type DetectedColumns = {
  format: TrackerFormatId;
  formatLabel: string;
  /** One target per column, by position. */
  targets: ColumnTarget[];
};

/** Rank of a header for a field: a tracker's own column first, then earlier synonyms. */
function candidates(header: string, formatColumns: Readonly<Record<string, ImportField>>): Array<{ field: ImportField; rank: number }> {
  const normalised = normaliseHeader(header);
  const found: Array<{ field: ImportField; rank: number }> = [];
  const own = formatColumns[normalised];
  if (own) found.push({ field: own, rank: -1 });
  for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as Array<[ImportField, readonly string[]]>) {
    const rank = synonyms.indexOf(normalised);
    if (rank >= 0 && field !== own) found.push({ field, rank });
  }
  return found.sort((a, b) => a.rank - b.rank);
}

export function detectColumns(headers: readonly string[]): DetectedColumns {
  const present = new Set(headers.map(normaliseHeader));
  const format = TRACKER_FORMATS.find((candidate) => candidate.signature.every((header) => present.has(header)));
  const formatColumns = format?.columns ?? {};
  const options = headers.map((header) => candidates(header, formatColumns));
  const targets: ColumnTarget[] = headers.map(() => 'keep_in_notes');
  // A field that only one column may fill goes to its best-ranked header; the rest try their
  // next candidate, so "Date" yields to "Date Applied" and becomes nothing else.
  const taken = new Map<ImportField, { column: number; rank: number }>();
  const assign = (column: number): void => {
    for (const { field, rank } of options[column] ?? []) {
      if (!SINGLE_COLUMN_FIELDS.has(field)) {
        targets[column] = field;
        return;
      }
      const holder = taken.get(field);
      if (holder && holder.rank <= rank) continue;
      taken.set(field, { column, rank });
      targets[column] = field;
      if (holder) {
        targets[holder.column] = 'keep_in_notes';
        assign(holder.column);
      }
      return;
    }
  };
  headers.forEach((_, column) => assign(column));
  return { format: format?.id ?? 'spreadsheet', formatLabel: format?.label ?? 'Spreadsheet', targets };
}

/** The person's mapping, one entry per column (missing entries keep the detected target);
 * refused as a field error on `mapping` when it names an unknown target or gives a field to two
 * columns. */
export function applyMapping(detected: readonly ColumnTarget[], mapping: ReadonlyArray<string | null | undefined> | undefined): ColumnTarget[] {
  if (mapping === undefined) return [...detected];
  const problems: string[] = [];
  if (mapping.length > detected.length) problems.push(`The file has ${detected.length} columns; the mapping names ${mapping.length}.`);
  const targets = detected.map((target, column) => {
    const chosen = mapping[column];
    if (chosen === undefined || chosen === null) return target;
    if (!isColumnTarget(chosen)) {
      problems.push(`Column ${column + 1}: "${chosen}" is not one of ${COLUMN_TARGETS.join(', ')}.`);
      return target;
    }
    return chosen;
  });
  const seen = new Set<ImportField>();
  for (const target of targets) {
    if (target === 'keep_in_notes' || target === 'ignore' || !SINGLE_COLUMN_FIELDS.has(target)) continue;
    if (seen.has(target)) problems.push(`"${target}" is chosen for more than one column.`);
    seen.add(target);
  }
  if (problems.length > 0) throw validationError({ mapping: [...new Set(problems)] });
  return targets;
}
