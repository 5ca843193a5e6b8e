/** LoginAttemptLog on the `login_attempts` table: every process on the file sees the same
 * failures, so throttling counts them all. Each write prunes failures older than the retention,
 * so the table stays as small as the throttle window needs. */
import type { LoginAttemptLog } from '@jobtracker/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { fromIsoText, toIsoText } from '../stored-values.js';

export class SqliteLoginAttemptLog implements LoginAttemptLog {
  /** `retentionMs`: how long a failure is kept; at least the longest throttle window. */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly retentionMs: number,
  ) {}

  async failuresSince(key: string, since: Date): Promise<Date[]> {
    const rows = await this.db
      .selectFrom('login_attempts')
      .select('at')
      .where('key', '=', key)
      .where('at', '>=', toIsoText(since))
      .orderBy('at')
      .execute();
    return rows.map((row) => fromIsoText(row.at));
  }

  async recordFailure(key: string, at: Date): Promise<void> {
    const cutoff = toIsoText(new Date(at.getTime() - this.retentionMs));
    await this.db.deleteFrom('login_attempts').where('at', '<', cutoff).execute();
    await this.db.insertInto('login_attempts').values({ key, at: toIsoText(at) }).execute();
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('key', '=', key).execute();
  }
}
