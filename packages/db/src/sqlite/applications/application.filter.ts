/** Translates an ApplicationFilter into a condition on the indexed columns. */
import type { ApplicationFilter } from '@jobtracker/core';
import { allOf, anyOf, condition, type Condition } from '../sql-condition.js';
import { toSqliteBoolean } from '../stored-values.js';
import { containsIgnoringCase } from '../text-match.js';

/** One user's applications matching every given criterion (AND). */
export function matchingApplications(userId: number, filter: ApplicationFilter): Condition {
  const conditions: Condition[] = [condition('user_id = ?', userId)];
  if (filter.status !== undefined) conditions.push(condition('status = ?', filter.status));
  if (filter.companyName !== undefined) conditions.push(condition('company_name = ?', filter.companyName));
  if (filter.companyContains !== undefined) conditions.push(containsIgnoringCase('company_name_lc', filter.companyContains));
  if (filter.jobTitleContains !== undefined) conditions.push(containsIgnoringCase('job_title_lc', filter.jobTitleContains));
  // A document without the key matches neither true nor false, as a MongoDB equality would.
  if (filter.isFavorite !== undefined) conditions.push(condition('is_favorite = ?', toSqliteBoolean(filter.isFavorite)));
  if (filter.anyTextContains !== undefined) {
    const term = filter.anyTextContains;
    conditions.push(
      anyOf([
        containsIgnoringCase('company_name_lc', term),
        containsIgnoringCase('job_title_lc', term),
        containsIgnoringCase('notes_lc', term),
      ]),
    );
  }
  return allOf(conditions);
}

/** Whether `filter` asks for nothing but (at most) one status: then the tallies know its count. */
export function tallyKeyOf(filter: ApplicationFilter): { status: string | null } | 'all' | null {
  const keys = Object.keys(filter).filter((key) => filter[key as keyof ApplicationFilter] !== undefined);
  if (keys.length === 0) return 'all';
  if (keys.length === 1 && keys[0] === 'status') return { status: filter.status! };
  return null;
}
