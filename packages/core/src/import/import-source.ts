/** The file as the importer reads it: a source it can open more than once (the first pass
 * decides the date order, the second writes), its header row and column plan, then its rows. */
import { applyMapping, detectColumns } from './column-mapping.js';
import { csvRecords, type CsvRecord } from './csv-records.js';
import { REQUIRED_FIELDS, type ColumnTarget } from './import-fields.js';
import type { DateOrder } from './import-dates.js';
import { fileError, MAX_IMPORT_ROWS } from './import-limits.js';
import type { TrackerFormatId } from './tracker-formats.js';
import { utf8Text } from './utf8-chunks.js';

/** Opens the file from its start each time it is called (an upload kept on disk, a buffer). */
export type ImportSource = () => AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export type ImportOptions = {
  /** One target per column by position; absent entries keep the detected target. */
  mapping?: ReadonlyArray<string | null | undefined>;
  /** The person's choice for dates like 03/04/2025; otherwise the file's dates, then `locale`. */
  dateOrder?: DateOrder;
  /** The person's locale (BCP 47), whose date habit decides when nothing else does. */
  locale?: string;
  /** Called now and then with the number of rows read so far. */
  onProgress?: (rowsRead: number) => void;
};

export type ImportColumn = {
  index: number;
  header: string;
  /** What the importer recognised. */
  detected: ColumnTarget;
  /** What is used: the detected target unless the mapping changed it. */
  target: ColumnTarget;
};

export type OpenedImport = {
  format: TrackerFormatId;
  formatLabel: string;
  columns: ImportColumn[];
  /** Why no application can be built from this plan (a required column missing); null when one can. */
  mappingProblem: string | null;
  rows: AsyncGenerator<CsvRecord>;
};

const REQUIRED_NAMES: Partial<Record<ColumnTarget, string>> = { company: 'company name', job_title: 'job title' };

const isBlank = (record: CsvRecord): boolean => record.fields.every((cell) => cell.trim() === '');

/** Reads the header row and plans the columns; refuses (on `file` or `mapping`) a file without a
 * header, or a plan without a company or job title column. The preview opens it `lenient`ly: a
 * plan without them is reported (`mappingProblem`) with the columns, so the person can fix it. */
export async function openImport(source: ImportSource, options: ImportOptions, mode: { lenient?: boolean } = {}): Promise<OpenedImport> {
  const records = csvRecords(utf8Text(source()));
  let header: CsvRecord | undefined;
  for (;;) {
    const next = await records.next();
    if (next.done) throw fileError('The file is empty: it has no header row.');
    if (!isBlank(next.value)) {
      header = next.value;
      break;
    }
  }
  const detected = detectColumns(header.fields);
  const targets = applyMapping(detected.targets, options.mapping);
  const missing = REQUIRED_FIELDS.filter((field) => !targets.includes(field));
  const mappingProblem =
    missing.length > 0 ? `No column holds the ${missing.map((field) => REQUIRED_NAMES[field]).join(' or the ')}: choose one in the column mapping.` : null;
  if (mappingProblem && !mode.lenient) throw fileError(mappingProblem);
  return {
    format: detected.format,
    formatLabel: detected.formatLabel,
    mappingProblem,
    columns: header.fields.map((name, index) => ({ index, header: name, detected: detected.targets[index] ?? 'keep_in_notes', target: targets[index] ?? 'keep_in_notes' })),
    rows: dataRows(records, options.onProgress),
  };
}

const PROGRESS_EVERY = 500;

async function* dataRows(records: AsyncGenerator<CsvRecord>, onProgress: ((rowsRead: number) => void) | undefined): AsyncGenerator<CsvRecord> {
  let count = 0;
  for await (const record of records) {
    if (isBlank(record)) continue;
    count += 1;
    if (count > MAX_IMPORT_ROWS) throw fileError(`The file has more than ${MAX_IMPORT_ROWS} rows.`);
    if (onProgress && count % PROGRESS_EVERY === 0) onProgress(count);
    yield record;
  }
  onProgress?.(count);
}
