/** Shared pieces every domain uses: domain errors with stable codes, Python rounding, time and
 * calendar arithmetic (`now` is always passed in), time zones, ids and the pagination envelope. */
export { DomainError, isDomainError, validationError } from './domain-error.js';
export type { DomainErrorCode, DomainErrorDetails, FieldErrorMap, TokenProblem } from './domain-error.js';
export { pythonRound } from './round.js';
export { addDays, addMinutes, wholeDaysBetween, DAY_MS, MINUTE_MS } from './time.js';
export { calendarDateOf, calendarMonthOf, isCalendarDate, mondayOf, parseCalendarDate } from './calendar-date.js';
export { isTimeZone, parseTimeZone, UTC_ZONE } from './time-zone.js';
export type { TimeZone } from './time-zone.js';
// Ids: 24-hex ObjectIds, generated through a port.
export type { IdGenerator } from './ids.js';
export { parseObjectId } from './ids.js';
// Pagination: the `{count, next, previous, results}` envelope and its limits.
export type { PageEnvelope, PageQuery } from './page-numbers.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-numbers.js';
