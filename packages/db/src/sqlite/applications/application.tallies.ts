/** Reads the trigger-kept tallies (migration 6): a user's applications in total and per status,
 * one indexed read each. */
import type { StatusCount } from '@jobtracker/core';
import type { SqliteConnection } from '../sqlite-connection.js';

// json_extract turns the key back into the status (NULL for 'null'); ordered as `ORDER BY status`.
const STATUS_COUNTS = `select json_extract(status_key, '$') as status, n as count from application_tallies
  where user_id = ? and n > 0 order by json_extract(status_key, '$')`;
const TOTAL = 'select coalesce(sum(n), 0) as n from application_tallies where user_id = ?';
const OF_STATUS = 'select n from application_tallies where user_id = ? and status_key = json_quote(?)';

export class ApplicationTallies {
  readonly #conn: SqliteConnection;

  constructor(conn: SqliteConnection) {
    this.#conn = conn;
  }

  total(userId: number): number {
    return this.#conn.first<{ n: number }>({ sql: TOTAL, parameters: [userId] })!.n;
  }

  ofStatus(userId: number, status: string | null): number {
    return this.#conn.first<{ n: number }>({ sql: OF_STATUS, parameters: [userId, status] })?.n ?? 0;
  }

  /** Per status, the missing status (null) first, then in the column's (binary) order. */
  byStatus(userId: number): StatusCount[] {
    return this.#conn.all<StatusCount>({ sql: STATUS_COUNTS, parameters: [userId] });
  }
}
