/** Maps `sessions` and `refresh_tokens` rows to the core records. */
import type { RefreshTokenRecord, Session } from '@jobtracker/core';
import type { Selectable } from 'kysely';
import type { RefreshTokensTable, SessionsTable } from '../schema.js';
import { fromIsoText, fromNullableIsoText, toIsoText, toNullableIsoText } from '../stored-values.js';

export function sessionFromRow(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    user_id: row.user_id,
    created_at: fromIsoText(row.created_at),
    expires_at: fromIsoText(row.expires_at),
    revoked_at: fromNullableIsoText(row.revoked_at),
  };
}

export function sessionToRow(session: Session): Selectable<SessionsTable> {
  return {
    id: session.id,
    user_id: session.user_id,
    created_at: toIsoText(session.created_at),
    expires_at: toIsoText(session.expires_at),
    revoked_at: toNullableIsoText(session.revoked_at),
  };
}

export function refreshTokenFromRow(row: Selectable<RefreshTokensTable>): RefreshTokenRecord {
  return {
    id: row.id,
    session_id: row.session_id,
    expires_at: fromIsoText(row.expires_at),
    used_at: fromNullableIsoText(row.used_at),
  };
}

export function refreshTokenToRow(record: RefreshTokenRecord): Selectable<RefreshTokensTable> {
  return {
    id: record.id,
    session_id: record.session_id,
    expires_at: toIsoText(record.expires_at),
    used_at: toNullableIsoText(record.used_at),
  };
}
