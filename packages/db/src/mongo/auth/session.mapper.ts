/** Maps `sessions` and `refresh_tokens` documents to the core records: the token hash is the
 * `_id` (so it is indexed and unique), dates are BSON dates. */
import type { RefreshTokenRecord, Session } from '@jobtracker/core';
import type { Document } from '../minimal-db.js';

export function sessionFromDoc(doc: Document): Session {
  return {
    id: doc['_id'] as string,
    user_id: doc['user_id'] as number,
    created_at: doc['created_at'] as Date,
    expires_at: doc['expires_at'] as Date,
    revoked_at: doc['revoked_at'] as Date | null,
  };
}

export function sessionToDoc(session: Session): Document {
  return {
    _id: requireString(session.id),
    user_id: session.user_id,
    created_at: session.created_at,
    expires_at: session.expires_at,
    revoked_at: session.revoked_at,
  };
}

export function refreshTokenFromDoc(doc: Document): RefreshTokenRecord {
  return {
    id: doc['_id'] as string,
    session_id: doc['session_id'] as string,
    expires_at: doc['expires_at'] as Date,
    used_at: doc['used_at'] as Date | null,
  };
}

export function refreshTokenToDoc(record: RefreshTokenRecord): Document {
  return {
    _id: requireString(record.id),
    session_id: requireString(record.session_id),
    expires_at: record.expires_at,
    used_at: record.used_at,
  };
}

function requireString(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError('Expected a string id');
  return value;
}
