/** Applies a PageRequest (offset, optional limit) to a select query. */
import type { SelectQueryBuilder } from 'kysely';
import type { PageRequest } from '@jobtracker/core';

export function withPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: PageRequest,
): SelectQueryBuilder<DB, TB, O> {
  if (page.limit !== null) return query.limit(page.limit).offset(page.offset);
  // SQLite accepts OFFSET only after a LIMIT; -1 means no limit.
  return page.offset > 0 ? query.limit(-1).offset(page.offset) : query;
}
