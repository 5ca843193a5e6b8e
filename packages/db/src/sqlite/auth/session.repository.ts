/** SessionRepository on the `sessions` table. The lookup every authenticated request makes is
 * session and user in one indexed read. */
import type { Session, SessionRepository, SessionWithUser } from '@jobtracker/core';
import type { Selectable } from 'kysely';
import type { SessionsTable } from '../schema.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { insertInto } from '../sql-statements.js';
import { toIsoText } from '../stored-values.js';
import { USER_COLUMNS, userFromValues } from '../users/user.mapper.js';
import { sessionFromRow, sessionToRow } from './session.mapper.js';

const SESSION_COLUMNS = ['id', 'user_id', 'created_at', 'expires_at', 'revoked_at'] as const;

/** Every authenticated request's read: the session, and its user's row beside it (LEFT JOIN: a
 * session whose user is gone still answers), as one array per row (no object of 24 keys). */
const SESSION_WITH_USER = `select ${SESSION_COLUMNS.map((column) => `s.${column}`).join(', ')}, ${USER_COLUMNS.map((column) => `u.${column}`).join(', ')}
  from sessions s left join users u on u.id = s.user_id where s.id = ?`;

export class SqliteSessionRepository implements SessionRepository {
  readonly #conn: SqliteConnection;

  constructor(conn: SqliteConnection) {
    this.#conn = conn;
  }

  create(session: Session): Promise<void> {
    const query = insertInto('sessions', sessionToRow(session));
    return this.#conn.write(() => void this.#conn.run(query));
  }

  async findById(id: string): Promise<Session | null> {
    const row = this.#conn.first<Selectable<SessionsTable>>({ sql: 'select * from sessions where id = ?', parameters: [id] });
    return row ? sessionFromRow(row) : null;
  }

  async findWithUser(id: string): Promise<SessionWithUser | null> {
    const row = this.#conn.firstRow({ sql: SESSION_WITH_USER, parameters: [id] });
    if (!row) return null;
    const [sessionId, userId, createdAt, expiresAt, revokedAt, foundUserId] = row as [string, number, string, string, string | null, number | null];
    const session = sessionFromRow({ id: sessionId, user_id: userId, created_at: createdAt, expires_at: expiresAt, revoked_at: revokedAt });
    return { session, user: foundUserId === null ? null : userFromValues(row, SESSION_COLUMNS.length) };
  }

  revoke(id: string, now: Date): Promise<void> {
    // The first revocation time is the one that counts; revoking again changes nothing.
    const query = { sql: 'update sessions set revoked_at = ? where id = ? and revoked_at is null', parameters: [toIsoText(now), id] };
    return this.#conn.write(() => void this.#conn.run(query));
  }

  revokeAllOfUser(userId: number, now: Date, keepId?: string): Promise<void> {
    const at = toIsoText(now);
    const sql = 'update sessions set revoked_at = ? where user_id = ? and revoked_at is null and expires_at > ?';
    const query = keepId === undefined ? { sql, parameters: [at, userId, at] } : { sql: `${sql} and id != ?`, parameters: [at, userId, at, keepId] };
    return this.#conn.write(() => void this.#conn.run(query));
  }

  deleteAllOfUser(userId: number): Promise<string[]> {
    // Their refresh tokens go with them (foreign key, on delete cascade).
    const query = { sql: 'delete from sessions where user_id = ? returning id', parameters: [userId] };
    return this.#conn.write(() => this.#conn.all<{ id: string }>(query).map((row) => row.id));
  }
}
