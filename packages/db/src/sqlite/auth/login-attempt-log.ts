/** LoginAttemptLog on the `login_attempts` table: every process on the file sees the same
 * failures, so throttling counts them all. Each write prunes failures older than the retention,
 * so the table stays as small as the throttle window needs. */
import type { LoginAttemptLog } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SqliteConnection } from '../sqlite-connection.js';
import { fromIsoText, toIsoText } from '../stored-values.js';

export class SqliteLoginAttemptLog implements LoginAttemptLog {
  readonly #db: Kysely<Database>;
  readonly #conn: SqliteConnection;
  readonly #retentionMs: number;

  /** `retentionMs`: how long a failure is kept; at least the longest throttle window. */
  constructor(db: Kysely<Database>, conn: SqliteConnection, retentionMs: number) {
    this.#db = db;
    this.#conn = conn;
    this.#retentionMs = retentionMs;
  }

  async failuresSince(key: string, since: Date): Promise<Date[]> {
    const query = this.#db
      .selectFrom('login_attempts')
      .select('at')
      .where('key', '=', key)
      .where('at', '>=', toIsoText(since))
      .orderBy('at')
      .compile();
    return this.#conn.all(query).map((row) => fromIsoText(row.at));
  }

  recordFailure(key: string, at: Date): Promise<void> {
    const cutoff = toIsoText(new Date(at.getTime() - this.#retentionMs));
    const prune = this.#db.deleteFrom('login_attempts').where('at', '<', cutoff).compile();
    const insert = this.#db.insertInto('login_attempts').values({ key, at: toIsoText(at) }).compile();
    return this.#conn.write(() => {
      this.#conn.run(prune);
      this.#conn.run(insert);
    });
  }

  clear(key: string): Promise<void> {
    const query = this.#db.deleteFrom('login_attempts').where('key', '=', key).compile();
    return this.#conn.write(() => void this.#conn.run(query));
  }
}
