/** Query-string parameters: values arrive as text and are used as sent (Django does not trim
 * them); an empty parameter counts as absent. */
import * as v from 'valibot';
import { integer } from './fields.js';
import { describeJsonSchema, registeredJsonSchema } from './json-schema-registry.js';
import { MSG } from './messages.js';

/** Optional, with `?name=` treated as not sent. */
export function queryParam<TSchema extends v.GenericSchema>(schema: TSchema) {
  const pipe = v.pipe(
    v.unknown(),
    v.transform((value) => (value === '' ? undefined : value)),
    v.optional(schema),
  );
  return v.optional(describeJsonSchema(pipe, registeredJsonSchema(schema) ?? { type: 'string' }));
}

/** Free text as sent, bounded. */
export const queryText = (max = 1000) => v.optional(v.pipe(v.string(MSG.string), v.maxLength(max, MSG.maxLength(max))));

/** The largest page of the two paginated lists (defect 14.2: the original had no cap). */
export const PAGE_SIZE_MAX = 100;

/** `page` (from 1) and `page_size` of contract 1.7. A `page_size` of 0 ("everything" in the
 * original) or above the cap is served as the cap, so an old client still gets every page. */
export const paginationQuery = {
  page: queryParam(integer({ min: 1 })),
  page_size: queryParam(integer({ min: 0 })),
};

/** Output datetimes: `YYYY-MM-DD HH:MM:SS` in UTC. */
export const dateTimeText = v.pipe(v.string(), v.description('UTC, "YYYY-MM-DD HH:MM:SS"'));
