/** Translates an ApplicationFilter into conditions on the indexed columns. */
import type { ApplicationFilter } from '@jobtracker/core';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import { toSqliteBoolean } from '../stored-values.js';
import { containsIgnoringCase } from '../text-match.js';

type ApplicationsBuilder = ExpressionBuilder<Database, 'applications'>;

/** One user's applications matching every given criterion (AND). */
export function matchingApplications(userId: number, filter: ApplicationFilter) {
  return (eb: ApplicationsBuilder): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('user_id', '=', userId)];
    if (filter.status !== undefined) conditions.push(eb('status', '=', filter.status));
    if (filter.companyName !== undefined) conditions.push(eb('company_name', '=', filter.companyName));
    if (filter.companyContains !== undefined) conditions.push(containsIgnoringCase('company_name_lc', filter.companyContains));
    if (filter.jobTitleContains !== undefined) conditions.push(containsIgnoringCase('job_title_lc', filter.jobTitleContains));
    // A document without the key matches neither true nor false, as a MongoDB equality would.
    if (filter.isFavorite !== undefined) conditions.push(eb('is_favorite', '=', toSqliteBoolean(filter.isFavorite)));
    if (filter.anyTextContains !== undefined) {
      const term = filter.anyTextContains;
      conditions.push(
        eb.or([
          containsIgnoringCase('company_name_lc', term),
          containsIgnoringCase('job_title_lc', term),
          containsIgnoringCase('notes_lc', term),
        ]),
      );
    }
    return eb.and(conditions);
  };
}
