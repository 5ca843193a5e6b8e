/** Translates a CompanyFilter into conditions on the indexed columns. */
import type { CompanyFilter } from '@jobtracker/core';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import { toSqliteBoolean } from '../stored-values.js';
import { containsIgnoringCase, startsWithIgnoringCase } from '../text-match.js';

type CompaniesBuilder = ExpressionBuilder<Database, 'companies'>;

/** One user's companies matching every given criterion (AND). */
export function matchingCompanies(userId: number, filter: CompanyFilter) {
  return (eb: CompaniesBuilder): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('user_id', '=', userId)];
    if (filter.industryContains !== undefined) conditions.push(containsIgnoringCase('industry_lc', filter.industryContains));
    if (filter.locationContains !== undefined) conditions.push(containsIgnoringCase('location_lc', filter.locationContains));
    // A document without the key matches neither true nor false, as a MongoDB equality would.
    if (filter.isFavorite !== undefined) conditions.push(eb('is_favorite', '=', toSqliteBoolean(filter.isFavorite)));
    if (filter.anyTag !== undefined) conditions.push(hasAnyTag(filter.anyTag));
    if (filter.namePrefix !== undefined) conditions.push(startsWithIgnoringCase('name_lc', filter.namePrefix));
    if (filter.anyTextContains !== undefined) {
      const term = filter.anyTextContains;
      conditions.push(
        eb.or([
          containsIgnoringCase('name_lc', term),
          containsIgnoringCase('industry_lc', term),
          containsIgnoringCase('location_lc', term),
        ]),
      );
    }
    return eb.and(conditions);
  };
}

/** Exact tag membership; an empty list matches nothing, like MongoDB's `$in: []`. */
function hasAnyTag(tags: readonly string[]): Expression<SqlBool> {
  if (tags.length === 0) return sql<SqlBool>`0`;
  return sql<SqlBool>`exists (select 1 from json_each(${sql.ref('companies.tags')}) where value in (${sql.join(tags)}))`;
}
