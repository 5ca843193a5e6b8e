/** @jobtracker/contracts: valibot schemas and types for every input, output and error. */
export * as fields from './fields.js';
export { TEXT_MAX_LENGTH, LIST_MAX_ITEMS, isValidEmail, isValidUrl } from './fields.js';
export type { Field, CharOptions } from './fields.js';
export { MSG, NOT_A_DICT_PREFIX, pythonTypeName } from './messages.js';
export { toFieldErrors, NON_FIELD_ERRORS } from './field-errors.js';
export type { FieldErrors, IssueLike } from './field-errors.js';
export { formatDate, formatDateTime, formatUploadedAt, parseDateTime } from './datetime.js';
export { describeJsonSchema, registeredJsonSchema } from './json-schema-registry.js';
export { PAGE_SIZE_MAX, paginationQuery, queryParam, queryText, dateTimeText } from './query.js';
export * from './auth.js';
export * from './errors.js';
export * from './companies.js';
export * from './applications.js';
export * from './analytics.js';
export * from './contacts.js';
export * from './portability.js';
