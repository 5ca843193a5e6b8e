/** Query-string parameters: values arrive as text and are used as sent (Django does not trim
 * them); an empty parameter counts as absent. */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@jobtracker/core';
import * as v from 'valibot';
import { integer } from './fields.js';
import { describeJsonSchema, registeredJsonSchema } from './json-schema-registry.js';
import { MSG } from './messages.js';

type JsonSchema = Record<string, unknown>;

/** Optional, with `?name=` treated as not sent. Typed clients may send the value's own type
 * (a number for a number) as well as its text. */
export function queryParam<TSchema extends v.GenericSchema>(schema: TSchema) {
  const pipe = v.pipe(
    v.custom<v.InferInput<TSchema> | undefined>(() => true),
    v.transform((value) => (value === '' ? undefined : value)),
    v.optional(schema),
  );
  return v.optional(describeJsonSchema(pipe, registeredJsonSchema(schema) ?? { type: 'string' }));
}

/** Like `queryParam`, with `fallback` when absent or empty. */
function queryParamOr<TSchema extends v.GenericSchema<unknown, number>>(schema: TSchema, fallback: number, json: JsonSchema) {
  const pipe = v.pipe(queryParam(schema), v.transform((value): number => value ?? fallback));
  return v.optional(describeJsonSchema(pipe, { ...json, default: fallback }), fallback);
}

/** Free text as sent, bounded. */
export const queryText = (max = 1000) => v.optional(v.pipe(v.string(MSG.string), v.maxLength(max, MSG.maxLength(max))));

/** `page` (from 1) and `page_size` of contract 1.7, validated here and nowhere else: core takes
 * the numbers that come out. A `page_size` of 0 ("everything" in the original) or above core's
 * MAX_PAGE_SIZE is served as MAX_PAGE_SIZE (defect 14.2: the original had no cap), so an old
 * client still walks every page. */
export const paginationQuery = {
  page: queryParamOr(integer({ min: 1 }), 1, { type: 'integer', minimum: 1 }),
  page_size: queryParamOr(
    v.pipe(
      integer({ min: 0 }),
      v.transform((size) => (size === 0 || size > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : size)),
    ),
    DEFAULT_PAGE_SIZE,
    { type: 'integer', minimum: 0, description: `0 or more than ${MAX_PAGE_SIZE} is served as ${MAX_PAGE_SIZE}` },
  ),
};

/** Output datetimes: `YYYY-MM-DD HH:MM:SS` in UTC. */
export const dateTimeText = v.pipe(v.string(), v.description('UTC, "YYYY-MM-DD HH:MM:SS"'));
