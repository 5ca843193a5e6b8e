/** The user's time zone as a request field: an IANA name or a UTC offset, checked by core's
 * parser (the one the use cases use), so both accept the same names. */
import { isTimeZone, UNKNOWN_TIME_ZONE_MESSAGE } from '@jobtracker/core';
import * as v from 'valibot';
import { char } from './fields.js';
import { describeJsonSchema } from './json-schema-registry.js';

/** Longer than any IANA name ("America/Argentina/ComodRivadavia" is 32). */
const TIME_ZONE_MAX = 64;

export function timeZoneField() {
  return describeJsonSchema(v.pipe(char({ max: TIME_ZONE_MAX }), v.check(isTimeZone, UNKNOWN_TIME_ZONE_MESSAGE)), {
    type: 'string',
    maxLength: TIME_ZONE_MAX,
    description: 'An IANA time zone (Europe/Berlin) or a UTC offset (+02:00); UTC when left out.',
  });
}
