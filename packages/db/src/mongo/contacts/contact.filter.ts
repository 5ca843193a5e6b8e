/** Translates a ContactFilter into a MongoDB query; every user-supplied value is type-checked and
 * compared literally (see safe-values.ts). */
import type { ContactFilter } from '@jobtracker/core';
import type { Document } from '../minimal-db.js';
import { containsIgnoringCase, eqInteger, eqString } from '../safe-values.js';

/** One user's contacts matching every given criterion (AND). */
export function matchingContacts(userId: number, filter: ContactFilter): Document {
  const query: Document = { user_id: eqInteger(userId) };
  // Equality on an array field matches any element: the linked ids.
  if (filter.applicationId !== undefined) query['application_ids'] = eqString(filter.applicationId);
  if (filter.anyTextContains !== undefined) {
    const term = containsIgnoringCase(filter.anyTextContains);
    query['$or'] = [{ '_lc.name': term }, { '_lc.company': term }, { '_lc.role': term }, { '_lc.email': term }];
  }
  return query;
}

/** Lowercased name in code-point order (the server's string order without a collation), then id. */
export const BY_NAME = { '_lc.name': 1, _id: 1 } as const;
