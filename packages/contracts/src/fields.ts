/** DRF-compatible field schemas on valibot: the same coercions, limits and messages as the
 * original's serializers, so clients see the same 400 bodies. Each field rejects null with
 * "This field may not be null."; wrap it in `v.nullable` where null is allowed and in
 * `v.optional` where it may be left out. */
import * as v from 'valibot';
import { parseDateTime } from './datetime.js';
import { describeJsonSchema } from './json-schema-registry.js';
import { MSG, pythonTypeName } from './messages.js';

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (...errors: string[]): Parsed<never> => ({ ok: false, errors });

/** The longest text any unbounded field takes: keeps one request from storing megabytes. */
export const TEXT_MAX_LENGTH = 100_000;
/** DRF refuses numeric strings longer than this before parsing them. */
const MAX_NUMBER_STRING_LENGTH = 1000;

export type Field<TInput, TOutput> = v.SchemaWithPipe<
  readonly [v.CustomSchema<TInput, undefined>, v.RawTransformAction<TInput, TOutput>]
>;

function field<TInput, TOutput>(
  parse: (input: unknown) => Parsed<TOutput>,
  json: Record<string, unknown>,
): Field<TInput, TOutput> {
  const schema = v.pipe(
    v.custom<TInput>(() => true),
    v.rawTransform<TInput, TOutput>(({ dataset, addIssue, NEVER }) => {
      const input: unknown = dataset.value;
      const result = input === null || input === undefined
        ? fail(input === null ? MSG.null : MSG.required)
        : parse(input);
      if (result.ok) return result.value;
      for (const message of result.errors) addIssue({ message });
      return NEVER;
    }),
  );
  return describeJsonSchema(schema, json);
}

/** Length in code points, as Python counts it. */
function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function toText(input: unknown): Parsed<string> {
  if (typeof input === 'string') return ok(input);
  // DRF's CharField turns numbers into their text; booleans and containers are refused.
  if (typeof input === 'number' && Number.isFinite(input)) return ok(String(input));
  return fail(MSG.string);
}

export type CharOptions = {
  /** Maximum length in characters; unbounded text fields still stop at TEXT_MAX_LENGTH. */
  max?: number;
  /** Whether `""` (after trimming) is accepted. */
  blank?: boolean;
};

function parseChar(input: unknown, { max = TEXT_MAX_LENGTH, blank = false }: CharOptions): Parsed<string> {
  const text = toText(input);
  if (!text.ok) return text;
  const trimmed = text.value.trim();
  if (trimmed === '') return blank ? ok('') : fail(MSG.blank);
  if (codePointLength(trimmed) > max) return fail(MSG.maxLength(max));
  return ok(trimmed);
}

/** A trimmed string (DRF CharField). */
export function char(options: CharOptions = {}) {
  const max = options.max ?? TEXT_MAX_LENGTH;
  return field<string | number, string>((input) => parseChar(input, options), {
    type: 'string',
    maxLength: max,
    ...(options.blank ? {} : { minLength: 1 }),
  });
}

/** Matches Django's URLValidator closely enough: http(s)/ftp(s), a real host, optional port. */
const URL_PATTERN = new RegExp(
  '^(?:https?|ftps?)://' +
    '(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?' +
    '(?:' +
    '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}' +
    '|\\[[0-9a-f:.]+\\]' +
    '|(?:[a-z0-9\\u00a1-\\uffff](?:[a-z0-9\\u00a1-\\uffff-]{0,61}[a-z0-9\\u00a1-\\uffff])?' +
    '(?:\\.(?!-)[a-z0-9\\u00a1-\\uffff-]{1,63}(?<!-))*' +
    '\\.(?!-)(?:[a-z\\u00a1-\\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?' +
    '|localhost)' +
    ')' +
    '(?::\\d{1,5})?' +
    '(?:[/?#][^\\s]*)?$',
  'i',
);

export function isValidUrl(text: string): boolean {
  return text.length <= 2048 && URL_PATTERN.test(text);
}

/** A URL (DRF URLField): a CharField whose non-blank value must be a valid URL. */
export function url(options: CharOptions = {}) {
  const max = options.max ?? 200;
  return field<string, string>(
    (input) => {
      const text = parseChar(input, { ...options, max });
      if (!text.ok || text.value === '') return text;
      return isValidUrl(text.value) ? text : fail(MSG.url);
    },
    { type: 'string', format: 'uri', maxLength: max },
  );
}

const EMAIL_USER = /^(?:[-!#$%&'*+/=?^_`{}|~0-9a-z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9a-z]+)*|"(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*")$/i;
const EMAIL_DOMAIN = /^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}(?<!-)|localhost)$/i;

export function isValidEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1 || text.length > 320) return false;
  return EMAIL_USER.test(text.slice(0, at)) && EMAIL_DOMAIN.test(text.slice(at + 1));
}

/** An email address (DRF EmailField). */
export function email(options: CharOptions = {}) {
  const max = options.max ?? 254;
  return field<string, string>(
    (input) => {
      const text = parseChar(input, { ...options, max });
      if (!text.ok || text.value === '') return text;
      return isValidEmail(text.value) ? text : fail(MSG.email);
    },
    { type: 'string', format: 'email', maxLength: max },
  );
}

const INTEGER_TEXT = /^\s*[+-]?\d+\s*$/;

/** An integer (DRF IntegerField): accepts `80000`, `80000.0` and `"80000"`; refuses `80000.5`. */
export function integer(options: { min?: number; max?: number } = {}) {
  const min = options.min ?? Number.MIN_SAFE_INTEGER;
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  return field<number | string, number>(
    (input) => {
      let value: number;
      if (typeof input === 'number') {
        value = input;
      } else if (typeof input === 'string') {
        if (input.length > MAX_NUMBER_STRING_LENGTH) return fail('String value too large.');
        // DRF strips a trailing ".000" before int().
        const text = input.replace(/\.0*\s*$/, '');
        if (!INTEGER_TEXT.test(text)) return fail(MSG.integer);
        value = Number(text);
      } else {
        return fail(MSG.integer);
      }
      if (!Number.isInteger(value)) return fail(MSG.integer);
      if (value > max) return fail(MSG.maxValue(max));
      if (value < min) return fail(MSG.minValue(min));
      return ok(value);
    },
    { type: 'integer', minimum: min, maximum: max },
  );
}

const FLOAT_TEXT = /^\s*[+-]?(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+)?\s*$/;

/** A finite number (DRF FloatField). NaN and Infinity are refused: the original stored them and
 * then failed on every read (defect 14.6). */
export function float(options: { min?: number; max?: number } = {}) {
  return field<number | string, number>(
    (input) => {
      let value: number;
      if (typeof input === 'number') value = input;
      else if (typeof input === 'boolean') value = input ? 1 : 0;
      else if (typeof input === 'string') {
        if (input.length > MAX_NUMBER_STRING_LENGTH) return fail('String value too large.');
        if (!FLOAT_TEXT.test(input)) return fail(MSG.number);
        value = Number(input.replace(/_/g, '').trim());
      } else return fail(MSG.number);
      if (!Number.isFinite(value)) return fail(MSG.number);
      if (options.max !== undefined && value > options.max) return fail(MSG.maxValue(options.max));
      if (options.min !== undefined && value < options.min) return fail(MSG.minValue(options.min));
      return ok(value);
    },
    {
      type: 'number',
      ...(options.min === undefined ? {} : { minimum: options.min }),
      ...(options.max === undefined ? {} : { maximum: options.max }),
    },
  );
}

const TRUE_VALUES = new Set<unknown>(['t', 'y', 'yes', 'true', 'on', '1', 1, true]);
const FALSE_VALUES = new Set<unknown>(['f', 'n', 'no', 'false', 'off', '0', 0, false]);
/** DRF lists these capitalisations: lower, Capitalised and UPPER. */
function booleanKey(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const lower = input.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  return input === lower || input === capitalised || input === input.toUpperCase() ? lower : input;
}

/** A boolean (DRF BooleanField) with its textual forms. */
export function boolean() {
  return field<boolean | string | number, boolean>(
    (input) => {
      const key = booleanKey(input);
      if (TRUE_VALUES.has(key)) return ok(true);
      if (FALSE_VALUES.has(key)) return ok(false);
      return fail(MSG.boolean);
    },
    { type: 'boolean' },
  );
}

/** A datetime (DRF DateTimeField), parsed as section 1.5 says; a `Date` in UTC. */
export function datetime() {
  return field<string, Date>(
    (input) => {
      if (typeof input !== 'string') return fail(MSG.datetime);
      const date = parseDateTime(input.trim());
      return date ? ok(date) : fail(MSG.datetime);
    },
    {
      type: 'string',
      format: 'date-time',
      description: 'ISO-8601; a value without a zone is UTC. Rendered as "YYYY-MM-DD HH:MM:SS" (UTC).',
    },
  );
}

/** The most items a list field takes. */
export const LIST_MAX_ITEMS = 500;

/** A list (DRF ListField); item errors are keyed by index. */
export function list<TItem extends v.GenericSchema>(item: TItem, maxItems = LIST_MAX_ITEMS) {
  return v.pipe(
    v.array(item, (issue) =>
      issue.input === null ? MSG.null : issue.input === undefined ? MSG.required : MSG.notAList(pythonTypeName(issue.input)),
    ),
    v.maxLength(maxItems, MSG.maxItems(maxItems)),
  );
}

function objectMessage(issue: v.BaseIssue<unknown>): string {
  const isMissingKey = issue.expected?.startsWith('"') && issue.input === undefined;
  if (isMissingKey || issue.input === undefined) return MSG.required;
  if (issue.input === null) return MSG.null;
  return MSG.notADict(pythonTypeName(issue.input));
}

const isDictionary = (input: unknown) => typeof input === 'object' && input !== null && !Array.isArray(input);

/** A nested object (DRF nested serializer). Unknown keys are dropped; a list is not an object
 * (valibot's `object` alone would take one). */
export function dict<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(
    v.custom<v.InferInput<v.ObjectSchema<TEntries, undefined>>>(isDictionary, objectMessage),
    v.object(entries, objectMessage),
  );
}

/** A string that is only checked for being text (ids in paths, query values). */
export function text(max = 1000) {
  return char({ max, blank: true });
}
