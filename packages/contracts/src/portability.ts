/** Inputs and outputs of the import, the account archive and the proof of search. Files travel
 * as multipart parts (the CSV, the archive); the other fields are described here. Dates in
 * outputs follow the contract's `YYYY-MM-DD HH:MM:SS` (UTC); calendar dates are `YYYY-MM-DD`. */
import { APPLICATION_STATUSES, COLUMN_TARGETS, TRACKER_FORMATS } from '@jobtracker/core';
import * as v from 'valibot';
import { char, dict, text } from './fields.js';
import { describeJsonSchema } from './json-schema-registry.js';
import { dateTimeText } from './query.js';

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
  dates: DatesObject,
  rows: v.array(
    v.object({
      line: v.number(),
      outcome: v.picklist(['new', 'duplicate', 'invalid']),
      company: v.string(),
      job_title: v.string(),
      status: v.picklist(APPLICATION_STATUSES),
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

const calendarDate = () =>
  describeJsonSchema(v.pipe(char({ max: 10 }), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.')), {
    type: 'string',
    format: 'date',
  });

/** GET parameters of the proof of search; `format` picks the file. */
export const ProofOfSearchQuery = dict({
  from: calendarDate(),
  to: calendarDate(),
  /** IANA time zone of the person (default UTC): which day an application was sent. */
  time_zone: v.optional(text(64)),
  /** BCP 47 tag for dates in the report (default en-US). */
  locale: v.optional(text(35)),
  format: v.optional(v.picklist(['pdf', 'csv'], 'Choose one of: pdf, csv'), 'pdf'),
});

export type ImportOptionsInput = v.InferOutput<typeof ImportOptionsInput>;
export type ImportPreviewOutput = v.InferOutput<typeof ImportPreviewOutput>;
export type ImportResultOutput = v.InferOutput<typeof ImportResultOutput>;
export type RestoreResultOutput = v.InferOutput<typeof RestoreResultOutput>;
export type DeleteAccountInput = v.InferOutput<typeof DeleteAccountInput>;
export type DeletedAccountOutput = v.InferOutput<typeof DeletedAccountOutput>;
export type ProofOfSearchQuery = v.InferOutput<typeof ProofOfSearchQuery>;
