/** Translates a CompanyFilter into a MongoDB query. Every user-supplied value is checked for its
 * type and compared literally (see safe-values.ts). */
import type { CompanyFilter } from '@jobtracker/core';
import type { Document } from '../minimal-db.js';
import { containsIgnoringCase, eqBoolean, eqInteger, inStrings, startsWithIgnoringCase } from '../safe-values.js';

/** One user's companies matching every given criterion (AND). */
export function matchingCompanies(userId: number, filter: CompanyFilter): Document {
  const query: Document = { user_id: eqInteger(userId) };
  if (filter.industryContains !== undefined) query['_lc.industry'] = containsIgnoringCase(filter.industryContains);
  if (filter.locationContains !== undefined) query['_lc.location'] = containsIgnoringCase(filter.locationContains);
  // A document without the key matches neither true nor false.
  if (filter.isFavorite !== undefined) query['is_favorite'] = eqBoolean(filter.isFavorite);
  // Exact membership; an empty list matches nothing.
  if (filter.anyTag !== undefined) query['tags'] = inStrings(filter.anyTag);
  if (filter.namePrefix !== undefined) query['_lc.name'] = startsWithIgnoringCase(filter.namePrefix);
  if (filter.anyTextContains !== undefined) {
    const term = containsIgnoringCase(filter.anyTextContains);
    query['$or'] = [{ '_lc.name': term }, { '_lc.industry': term }, { '_lc.location': term }];
  }
  return query;
}
