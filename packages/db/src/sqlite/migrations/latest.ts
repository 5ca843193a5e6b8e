/** The schema version this code writes: the last migration's (migrations/index.ts; a test keeps
 * the two equal). Kept apart so opening a current file needs neither kysely nor the migrations. */
export const LATEST_SCHEMA_VERSION = 6;
