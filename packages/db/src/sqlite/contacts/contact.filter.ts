/** Translates a ContactFilter into a condition on the contacts table; user text is a bound
 * parameter, compared literally. */
import type { ContactFilter } from '@jobtracker/core';
import { allOf, anyOf, condition, type Condition } from '../sql-condition.js';
import { containsIgnoringCase } from '../text-match.js';

/** One user's contacts matching every given criterion (AND). */
export function matchingContacts(userId: number, filter: ContactFilter): Condition {
  const conditions: Condition[] = [condition('user_id = ?', userId)];
  if (filter.applicationId !== undefined) {
    // A user has hundreds of contacts at most: scanning their link arrays is cheaper than
    // keeping a link table in step with every document write.
    conditions.push(condition('exists (select 1 from json_each(contacts.application_ids) where value = ?)', filter.applicationId));
  }
  if (filter.anyTextContains !== undefined) {
    const term = filter.anyTextContains;
    conditions.push(anyOf(['name_lc', 'company_lc', 'role_lc', 'email_lc'].map((column) => containsIgnoringCase(column, term))));
  }
  return allOf(conditions);
}
