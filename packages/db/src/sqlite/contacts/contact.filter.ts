/** Translates a ContactFilter into conditions on the contacts table; user text is a bound
 * parameter, compared literally. */
import type { ContactFilter } from '@jobtracker/core';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import { containsIgnoringCase } from '../text-match.js';

/** One user's contacts matching every given criterion (AND). */
export function matchingContacts(userId: number, filter: ContactFilter) {
  return (eb: ExpressionBuilder<Database, 'contacts'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('user_id', '=', userId)];
    if (filter.applicationId !== undefined) {
      // A user has hundreds of contacts at most: scanning their link arrays is cheaper than
      // keeping a link table in step with every document write.
      conditions.push(sql<SqlBool>`exists (select 1 from json_each(${sql.ref('contacts.application_ids')}) where value = ${filter.applicationId})`);
    }
    if (filter.anyTextContains !== undefined) {
      const term = filter.anyTextContains;
      conditions.push(
        eb.or(['name_lc', 'company_lc', 'role_lc', 'email_lc'].map((column) => containsIgnoringCase(column, term))),
      );
    }
    return eb.and(conditions);
  };
}
