/** A PageRequest (offset, optional limit) as the end of a query. */
import type { PageRequest } from '@jobtracker/core';
import { condition, type Condition } from './sql-condition.js';

export function pageClause(page: PageRequest): Condition {
  if (page.limit !== null) return condition(' limit ? offset ?', page.limit, page.offset);
  // SQLite accepts OFFSET only after a LIMIT; -1 means no limit.
  return page.offset > 0 ? condition(' limit -1 offset ?', page.offset) : condition('');
}
