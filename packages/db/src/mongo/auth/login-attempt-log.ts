/** LoginAttemptLog on the `login_attempts` collection: one document per failure, shared by every
 * API process, so throttling counts failures wherever they were answered. Each document carries
 * its own expiry, which a TTL index acts on. */
import type { LoginAttemptLog } from '@jobtracker/core';
import { COLLECTIONS } from '../collections.js';
import type { MinimalCollection, MinimalDb } from '../minimal-db.js';
import { eqString, requireDate } from '../safe-values.js';

export class MongoLoginAttemptLog implements LoginAttemptLog {
  private readonly attempts: MinimalCollection;

  /** `retentionMs`: how long a failure is kept; at least the longest throttle window. */
  constructor(db: MinimalDb, private readonly retentionMs: number) {
    this.attempts = db.collection(COLLECTIONS.loginAttempts);
  }

  async failuresSince(key: string, since: Date): Promise<Date[]> {
    const docs = await this.attempts
      .find({ key: eqString(key), at: { $gte: requireDate(since) } }, { projection: { _id: 0, at: 1 }, sort: { at: 1 } })
      .toArray();
    return docs.map((doc) => doc['at'] as Date);
  }

  async recordFailure(key: string, at: Date): Promise<void> {
    await this.attempts.insertOne({
      key: eqString(key).$eq,
      at: requireDate(at),
      expires_at: new Date(at.getTime() + this.retentionMs),
    });
  }

  async clear(key: string): Promise<void> {
    await this.attempts.deleteMany({ key: eqString(key) });
  }
}
