/** Translates an ApplicationFilter into a MongoDB query. Every user-supplied value is checked for
 * its type and compared literally (see safe-values.ts). */
import type { ApplicationFilter } from '@jobtracker/core';
import type { Document } from '../minimal-db.js';
import { containsIgnoringCase, eqBoolean, eqInteger, eqString } from '../safe-values.js';

/** One user's applications matching every given criterion (AND). */
export function matchingApplications(userId: number, filter: ApplicationFilter): Document {
  const query: Document = { user_id: eqInteger(userId) };
  if (filter.status !== undefined) query['application.status'] = eqString(filter.status);
  if (filter.companyName !== undefined) query['company.name'] = eqString(filter.companyName);
  if (filter.companyContains !== undefined) query['_lc.company_name'] = containsIgnoringCase(filter.companyContains);
  if (filter.jobTitleContains !== undefined) query['_lc.job_title'] = containsIgnoringCase(filter.jobTitleContains);
  // A document without the key matches neither true nor false.
  if (filter.isFavorite !== undefined) query['is_favorite'] = eqBoolean(filter.isFavorite);
  if (filter.anyTextContains !== undefined) {
    const term = containsIgnoringCase(filter.anyTextContains);
    query['$or'] = [{ '_lc.company_name': term }, { '_lc.job_title': term }, { '_lc.notes': term }];
  }
  return query;
}

/** Newest first; documents without `created_at` last; the id breaks ties (same order as SQLite). */
export const NEWEST_FIRST = { created_at: -1, _id: -1 } as const;
