/** RefreshTokenRepository on the `refresh_tokens` table: each token is used at most once. */
import type { RefreshTokenRecord, RefreshTokenRepository } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { toIsoText } from '../stored-values.js';
import { refreshTokenFromRow, refreshTokenToRow } from './session.mapper.js';

export class SqliteRefreshTokenRepository implements RefreshTokenRepository {
  readonly #db: Kysely<Database>;
  readonly #conn: SqliteConnection;

  /** `db` builds the queries (it executes none); `conn` runs them. */
  constructor(db: Kysely<Database>, conn: SqliteConnection) {
    this.#db = db;
    this.#conn = conn;
  }

  create(record: RefreshTokenRecord): Promise<void> {
    const query = this.#db.insertInto('refresh_tokens').values(refreshTokenToRow(record)).compile();
    return this.#conn.write(() => void this.#conn.run(query));
  }

  async findById(id: string): Promise<RefreshTokenRecord | null> {
    const row = this.#conn.first(this.#db.selectFrom('refresh_tokens').selectAll().where('id', '=', id).compile());
    return row ? refreshTokenFromRow(row) : null;
  }

  consume(id: string, now: Date): Promise<boolean> {
    return this.#conn.write(() => this.#markUsed(id, now));
  }

  rotate(oldId: string, next: RefreshTokenRecord, now: Date): Promise<boolean> {
    const insert = this.#db.insertInto('refresh_tokens').values(refreshTokenToRow(next)).compile();
    return this.#conn.write(() => {
      if (!this.#markUsed(oldId, now)) return false;
      this.#conn.run(insert);
      return true;
    });
  }

  /** The conditional update is the race arbiter: of two concurrent uses, only one sees a change. */
  #markUsed(id: string, now: Date): boolean {
    const query = this.#db
      .updateTable('refresh_tokens')
      .set({ used_at: toIsoText(now) })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .compile();
    return this.#conn.run(query).changes > 0;
  }
}
