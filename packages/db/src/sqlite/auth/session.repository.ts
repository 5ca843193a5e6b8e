/** SessionRepository on the `sessions` table. The lookup every authenticated request makes
 * (session and user in one indexed read) is compiled once. */
import type { Session, SessionRepository, SessionWithUser } from '@jobtracker/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { compileOnce, type SqliteConnection } from '../sqlite-connection.js';
import { toIsoText } from '../stored-values.js';
import { userFromRow } from '../users/user.mapper.js';
import { sessionFromRow, sessionToRow } from './session.mapper.js';

export class SqliteSessionRepository implements SessionRepository {
  readonly #db: Kysely<Database>;
  readonly #conn: SqliteConnection;
  readonly #byId;
  readonly #withUser;

  /** `db` builds the queries (it executes none); `conn` runs them. */
  constructor(db: Kysely<Database>, conn: SqliteConnection) {
    this.#db = db;
    this.#conn = conn;
    this.#byId = compileOnce(db.selectFrom('sessions').selectAll().where('id', '=', ''));
    // The session's columns under their own names, the user's whole row beside them; LEFT JOIN:
    // a session whose user is gone still answers.
    this.#withUser = compileOnce(
      db
        .selectFrom('sessions')
        .leftJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .select([
          'sessions.id as session_id',
          'sessions.user_id as session_user_id',
          'sessions.created_at as session_created_at',
          'sessions.expires_at as session_expires_at',
          'sessions.revoked_at as session_revoked_at',
          sql<number | null>`users.id`.as('found_user_id'),
        ])
        .where('sessions.id', '=', ''),
    );
  }

  create(session: Session): Promise<void> {
    const query = this.#db.insertInto('sessions').values(sessionToRow(session)).compile();
    return this.#conn.write(() => void this.#conn.run(query));
  }

  async findById(id: string): Promise<Session | null> {
    const row = this.#conn.first(this.#byId(id));
    return row ? sessionFromRow(row) : null;
  }

  async findWithUser(id: string): Promise<SessionWithUser | null> {
    const row = this.#conn.first(this.#withUser(id));
    if (!row) return null;
    const session = sessionFromRow({
      id: row.session_id,
      user_id: row.session_user_id,
      created_at: row.session_created_at,
      expires_at: row.session_expires_at,
      revoked_at: row.session_revoked_at,
    });
    return { session, user: row.found_user_id === null ? null : userFromRow({ ...row, id: row.found_user_id } as Parameters<typeof userFromRow>[0]) };
  }

  revoke(id: string, now: Date): Promise<void> {
    // The first revocation time is the one that counts; revoking again changes nothing.
    const query = this.#db
      .updateTable('sessions')
      .set({ revoked_at: toIsoText(now) })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .compile();
    return this.#conn.write(() => void this.#conn.run(query));
  }

  revokeAllOfUser(userId: number, now: Date, keepId?: string): Promise<void> {
    let query = this.#db
      .updateTable('sessions')
      .set({ revoked_at: toIsoText(now) })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', toIsoText(now));
    if (keepId !== undefined) query = query.where('id', '!=', keepId);
    const compiled = query.compile();
    return this.#conn.write(() => void this.#conn.run(compiled));
  }
}
