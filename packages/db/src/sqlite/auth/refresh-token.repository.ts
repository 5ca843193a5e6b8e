/** RefreshTokenRepository on the `refresh_tokens` table: each token is used at most once. */
import type { RefreshTokenRecord, RefreshTokenRepository } from '@jobtracker/core';
import type { Selectable } from 'kysely';
import { inChunks } from '../chunks.js';
import type { RefreshTokensTable } from '../schema.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { insertInto } from '../sql-statements.js';
import { toIsoText } from '../stored-values.js';
import { refreshTokenFromRow, refreshTokenToRow } from './session.mapper.js';

export class SqliteRefreshTokenRepository implements RefreshTokenRepository {
  readonly #conn: SqliteConnection;

  constructor(conn: SqliteConnection) {
    this.#conn = conn;
  }

  create(record: RefreshTokenRecord): Promise<void> {
    const query = insertInto('refresh_tokens', refreshTokenToRow(record));
    return this.#conn.write(() => void this.#conn.run(query));
  }

  async findById(id: string): Promise<RefreshTokenRecord | null> {
    const row = this.#conn.first<Selectable<RefreshTokensTable>>({ sql: 'select * from refresh_tokens where id = ?', parameters: [id] });
    return row ? refreshTokenFromRow(row) : null;
  }

  consume(id: string, now: Date): Promise<boolean> {
    return this.#conn.write(() => this.#markUsed(id, now));
  }

  rotate(oldId: string, next: RefreshTokenRecord, now: Date): Promise<boolean> {
    const insert = insertInto('refresh_tokens', refreshTokenToRow(next));
    return this.#conn.write(() => {
      if (!this.#markUsed(oldId, now)) return false;
      this.#conn.run(insert);
      return true;
    });
  }

  deleteOfSessions(sessionIds: readonly string[]): Promise<number> {
    // Usually none are left: deleting a session cascades to its tokens (foreign key).
    return this.#conn.write(() => {
      let deleted = 0;
      for (const chunk of inChunks(sessionIds)) {
        const sql = `delete from refresh_tokens where session_id in (${chunk.map(() => '?').join(', ')})`;
        deleted += this.#conn.run({ sql, parameters: chunk }).changes;
      }
      return deleted;
    });
  }

  /** The conditional update is the race arbiter: of two concurrent uses, only one sees a change. */
  #markUsed(id: string, now: Date): boolean {
    const query = { sql: 'update refresh_tokens set used_at = ? where id = ? and used_at is null', parameters: [toIsoText(now), id] };
    return this.#conn.run(query).changes > 0;
  }
}
