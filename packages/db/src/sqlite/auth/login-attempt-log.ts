/** LoginAttemptLog on the `login_attempts` table: every process on the file sees the same
 * failures, so throttling counts them all. Each write prunes failures older than the retention,
 * so the table stays as small as the throttle window needs. */
import type { LoginAttemptLog } from '@jobtracker/core';
import type { SqliteConnection } from '../sqlite-connection.js';
import { fromIsoText, toIsoText } from '../stored-values.js';

export class SqliteLoginAttemptLog implements LoginAttemptLog {
  readonly #conn: SqliteConnection;
  readonly #retentionMs: number;

  /** `retentionMs`: how long a failure is kept; at least the longest throttle window. */
  constructor(conn: SqliteConnection, retentionMs: number) {
    this.#conn = conn;
    this.#retentionMs = retentionMs;
  }

  async failuresSince(key: string, since: Date): Promise<Date[]> {
    const query = { sql: 'select at from login_attempts where key = ? and at >= ? order by at', parameters: [key, toIsoText(since)] };
    return this.#conn.all<{ at: string }>(query).map((row) => fromIsoText(row.at));
  }

  recordFailure(key: string, at: Date): Promise<void> {
    const cutoff = toIsoText(new Date(at.getTime() - this.#retentionMs));
    const prune = { sql: 'delete from login_attempts where at < ?', parameters: [cutoff] };
    const insert = { sql: 'insert into login_attempts (key, at) values (?, ?)', parameters: [key, toIsoText(at)] };
    return this.#conn.write(() => {
      this.#conn.run(prune);
      this.#conn.run(insert);
    });
  }

  clear(key: string): Promise<void> {
    const query = { sql: 'delete from login_attempts where key = ?', parameters: [key] };
    return this.#conn.write(() => void this.#conn.run(query));
  }
}
