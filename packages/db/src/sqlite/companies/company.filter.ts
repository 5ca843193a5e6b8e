/** Translates a CompanyFilter into a condition on the indexed columns. */
import type { CompanyFilter } from '@jobtracker/core';
import { allOf, anyOf, condition, type Condition } from '../sql-condition.js';
import { toSqliteBoolean } from '../stored-values.js';
import { containsIgnoringCase, startsWithIgnoringCase } from '../text-match.js';

/** One user's companies matching every given criterion (AND). */
export function matchingCompanies(userId: number, filter: CompanyFilter): Condition {
  const conditions: Condition[] = [condition('user_id = ?', userId)];
  if (filter.industryContains !== undefined) conditions.push(containsIgnoringCase('industry_lc', filter.industryContains));
  if (filter.locationContains !== undefined) conditions.push(containsIgnoringCase('location_lc', filter.locationContains));
  // A document without the key matches neither true nor false, as a MongoDB equality would.
  if (filter.isFavorite !== undefined) conditions.push(condition('is_favorite = ?', toSqliteBoolean(filter.isFavorite)));
  if (filter.anyTag !== undefined) conditions.push(hasAnyTag(filter.anyTag));
  if (filter.namePrefix !== undefined) conditions.push(startsWithIgnoringCase('name_lc', filter.namePrefix));
  if (filter.anyTextContains !== undefined) {
    const term = filter.anyTextContains;
    conditions.push(
      anyOf([
        containsIgnoringCase('name_lc', term),
        containsIgnoringCase('industry_lc', term),
        containsIgnoringCase('location_lc', term),
      ]),
    );
  }
  return allOf(conditions);
}

/** Exact tag membership; an empty list matches nothing, like MongoDB's `$in: []`. */
function hasAnyTag(tags: readonly string[]): Condition {
  if (tags.length === 0) return condition('0');
  const placeholders = tags.map(() => '?').join(', ');
  return condition(`exists (select 1 from json_each(companies.tags) where value in (${placeholders}))`, ...tags);
}
