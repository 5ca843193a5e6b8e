/** Inputs and outputs of the import, the account archive and the proof of search. Files travel
 * as multipart parts (the CSV, the archive); the other fields are described here. Dates in
 * outputs follow the contract's `YYYY-MM-DD HH:MM:SS` (UTC); calendar dates are `YYYY-MM-DD`. */
import { APPLICATION_STATUSES, COLUMN_TARGETS, TRACKER_FORMATS } from '@jobtracker/core';
import * as v from 'valibot';
import { char, dict, text } from './fields.js';
import { describeJsonSchema } from './json-schema-registry.js';
import { calendarDate } from './follow-ups.js';
import { dateTimeText, queryParam } from './query.js';
import { timeZoneField } from './time-zone-field.js';

/** Core's lists, so the domain and the contract cannot drift apart. */
export { COLUMN_TARGETS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@jobtracker/core';

const TARGET_MESSAGE = `Choose one of: ${COLUMN_TARGETS.join(', ')}`;
const DATE_ORDERS = ['MDY', 'DMY'] as const;

const columnTarget = () =>
  describeJsonSchema(
    v.pipe(
      v.string(),
      v.check((target: string) => (COLUMN_TARGETS as readonly string[]).includes(target), TARGET_MESSAGE),
    ),
    { type: 'string', enum: [...COLUMN_TARGETS] },
  );

/** A multipart field arrives as text: JSON there, the value itself from a JSON client. */
const jsonText = <T extends v.GenericSchema>(schema: T) =>
  v.pipe(
    v.custom<unknown>(() => true),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      if (typeof dataset.value !== 'string') return dataset.value;
      try {
        return JSON.parse(dataset.value) as unknown;
      } catch {
        addIssue({ message: 'Enter valid JSON.' });
        return NEVER;
      }
    }),
    schema,
  );

const mappingSchema = () => v.pipe(v.array(v.nullable(columnTarget())), v.maxLength(200, 'At most 200 columns.'));

/** The form fields that go with the CSV file (preview and import take the same). */
export const ImportOptionsInput = dict({
  /** One entry per column, by position: a target, or null to keep what was detected. */
  mapping: v.optional(
    describeJsonSchema(jsonText(mappingSchema()), { type: 'array', maxItems: 200, items: { type: ['string', 'null'], enum: [...COLUMN_TARGETS, null] } }),
  ),
  /** How to read dates like 03/04/2025 when the file does not tell. */
  date_order: v.optional(v.picklist(DATE_ORDERS, `Choose one of: ${DATE_ORDERS.join(', ')}`)),
  /** The person's locale; its date habit decides when nothing else does. */
  locale: v.optional(text(35)),
});

const RowProblemObject = v.object({
  severity: v.picklist(['error', 'warning']),
  code: v.string(),
  column: v.nullable(v.string()),
  message: v.string(),
});

const DatesObject = v.object({
  order: v.picklist(DATE_ORDERS),
  decided_by: v.picklist(['file', 'caller', 'locale']),
  ambiguous_dates: v.number(),
  conflicting_dates: v.number(),
});

const FORMAT_IDS = [...TRACKER_FORMATS.map((format) => format.id), 'spreadsheet'] as const;

export const ImportPreviewOutput = v.object({
  format: v.picklist(FORMAT_IDS),
  format_label: v.string(),
  columns: v.array(v.object({ index: v.number(), header: v.string(), detected: v.picklist(COLUMN_TARGETS), target: v.picklist(COLUMN_TARGETS) })),
  /** Set when no company or job title column is chosen: every row is then invalid until the
   * mapping names one (the import itself refuses such a file with a 400 on `file`). */
  mapping_problem: v.nullable(v.string()),
  dates: DatesObject,
  rows: v.array(
    v.object({
      line: v.number(),
      outcome: v.picklist(['new', 'duplicate', 'invalid']),
      company: v.string(),
      job_title: v.string(),
      status: v.picklist(APPLICATION_STATUSES),
      /** "Ghosted" and the like: imported as applied, closed as no response. */
      closed_as: v.nullable(v.literal('no_response')),
      applied_date: v.nullable(dateTimeText),
      problems: v.array(RowProblemObject),
    }),
  ),
  totals: v.object({ rows: v.number(), new: v.number(), duplicates: v.number(), invalid: v.number(), with_warnings: v.number() }),
});

export const ImportResultOutput = v.object({
  format: v.picklist(FORMAT_IDS),
  dates: DatesObject,
  created: v.number(),
  duplicates: v.number(),
  invalid: v.number(),
  invalid_lines: v.array(v.number()),
});

export const RestoreResultOutput = v.object({ applications: v.number(), companies: v.number(), contacts: v.number(), files: v.number() });

/** Deleting the account asks for the password again. */
export const DeleteAccountInput = dict({ password: char({ max: 128 }) });

export const DeletedAccountOutput = v.object({
  sessions: v.number(),
  applications: v.number(),
  companies: v.number(),
  contacts: v.number(),
  files: v.number(),
});

/** Query parameters of the proof of search (the JSON report and both downloads). */
export const ProofOfSearchQuery = dict({
  /** First and last day, inclusive, in `time_zone`. */
  from: calendarDate(),
  to: calendarDate(),
  time_zone: queryParam(timeZoneField()),
  /** BCP 47 tag for dates in the files (default en-US). */
  locale: queryParam(text(35)),
});

export const ProofOfSearchOutput = v.object({
  person: v.object({ name: v.string(), email: v.string() }),
  period: v.object({ from: v.string(), to: v.string(), time_zone: v.string() }),
  rows: v.array(
    v.object({
      date: v.pipe(v.string(), v.description('YYYY-MM-DD, in the period\'s time zone')),
      employer: v.string(),
      employer_address: v.string(),
      position: v.string(),
      sent_via: v.string(),
      contact_person: v.string(),
      /** The status as stored, or `no_response`; null when the document has none. */
      outcome: v.nullable(v.string()),
      outcome_text: v.string(),
    }),
  ),
  weeks: v.array(v.object({ year: v.number(), week: v.number(), monday: v.string(), applications: v.number() })),
  total: v.number(),
});

/** The multipart bodies of the import and the restore: the file is the `file` part, as for
 * every upload. */
export const ImportForm = v.object({
  file: describeJsonSchema(v.file(), { type: 'string', contentMediaType: 'text/csv', description: 'UTF-8 CSV, at most 20 MiB' }),
  mapping: v.optional(v.string()),
  date_order: v.optional(v.string()),
  locale: v.optional(v.string()),
});
export const RestoreForm = v.object({
  file: describeJsonSchema(v.file(), { type: 'string', contentMediaType: 'application/zip', description: 'An account archive made by the export' }),
});

export type ImportOptionsInput = v.InferOutput<typeof ImportOptionsInput>;
export type ImportPreviewOutput = v.InferOutput<typeof ImportPreviewOutput>;
export type ImportResultOutput = v.InferOutput<typeof ImportResultOutput>;
export type RestoreResultOutput = v.InferOutput<typeof RestoreResultOutput>;
export type DeleteAccountInput = v.InferOutput<typeof DeleteAccountInput>;
export type DeletedAccountOutput = v.InferOutput<typeof DeletedAccountOutput>;
export type ProofOfSearchQuery = v.InferOutput<typeof ProofOfSearchQuery>;
export type ProofOfSearchOutput = v.InferOutput<typeof ProofOfSearchOutput>;
