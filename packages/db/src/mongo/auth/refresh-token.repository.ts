/** RefreshTokenRepository on the `refresh_tokens` collection: each token is used at most once. A
 * TTL index deletes tokens once expired, when they could no longer be used anyway. */
import type { RefreshTokenRecord, RefreshTokenRepository } from '@jobtracker/core';
import { COLLECTIONS } from '../collections.js';
import type { MinimalCollection, MinimalDb } from '../minimal-db.js';
import { eqString, inStrings, requireDate } from '../safe-values.js';
import { refreshTokenFromDoc, refreshTokenToDoc } from './session.mapper.js';

export class MongoRefreshTokenRepository implements RefreshTokenRepository {
  private readonly tokens: MinimalCollection;

  constructor(db: MinimalDb) {
    this.tokens = db.collection(COLLECTIONS.refreshTokens);
  }

  async create(record: RefreshTokenRecord): Promise<void> {
    await this.tokens.insertOne(refreshTokenToDoc(record));
  }

  async findById(id: string): Promise<RefreshTokenRecord | null> {
    const doc = await this.tokens.findOne({ _id: eqString(id) });
    return doc ? refreshTokenFromDoc(doc) : null;
  }

  consume(id: string, now: Date): Promise<boolean> {
    return this.markUsed(id, now);
  }

  /** Two single-document writes, no transaction: marking the old token is the race arbiter, so of
   * two concurrent rotations only one goes on to store a successor. A crash between the two
   * leaves the old token used and no successor: that client signs in again, and no token is
   * ever usable twice. */
  async rotate(oldId: string, next: RefreshTokenRecord, now: Date): Promise<boolean> {
    const successor = refreshTokenToDoc(next);
    if (!(await this.markUsed(oldId, now))) return false;
    await this.tokens.insertOne(successor);
    return true;
  }

  async deleteOfSessions(sessionIds: readonly string[]): Promise<number> {
    if (sessionIds.length === 0) return 0;
    return (await this.tokens.deleteMany({ session_id: inStrings(sessionIds) })).deletedCount;
  }

  /** The conditional update is atomic on one document: of two concurrent uses, one matches. */
  private async markUsed(id: string, now: Date): Promise<boolean> {
    const result = await this.tokens.updateOne({ _id: eqString(id), used_at: null }, { $set: { used_at: requireDate(now) } });
    return result.modifiedCount === 1;
  }
}
