/** SessionRepository on the `sessions` collection; a TTL index deletes sessions once expired. */
import type { Session, SessionRepository } from '@jobtracker/core';
import { COLLECTIONS } from '../collections.js';
import type { Document, MinimalCollection, MinimalDb } from '../minimal-db.js';
import { eqInteger, eqString, requireDate } from '../safe-values.js';
import { sessionFromDoc, sessionToDoc } from './session.mapper.js';

export class MongoSessionRepository implements SessionRepository {
  private readonly sessions: MinimalCollection;

  constructor(db: MinimalDb) {
    this.sessions = db.collection(COLLECTIONS.sessions);
  }

  async create(session: Session): Promise<void> {
    await this.sessions.insertOne(sessionToDoc(session));
  }

  async findById(id: string): Promise<Session | null> {
    const doc = await this.sessions.findOne({ _id: eqString(id) });
    return doc ? sessionFromDoc(doc) : null;
  }

  async revoke(id: string, now: Date): Promise<void> {
    // The first revocation time is the one that counts; revoking again changes nothing.
    await this.sessions.updateOne({ _id: eqString(id), revoked_at: null }, { $set: { revoked_at: requireDate(now) } });
  }

  async deleteAllOfUser(userId: number): Promise<string[]> {
    const filter = { user_id: eqInteger(userId) };
    const docs = await this.sessions.find(filter, { projection: { _id: 1 } }).toArray();
    await this.sessions.deleteMany(filter);
    return docs.map((doc) => doc['_id'] as string);
  }

  async revokeAllOfUser(userId: number, now: Date, keepId?: string): Promise<void> {
    const filter: Document = { user_id: eqInteger(userId), revoked_at: null, expires_at: { $gt: requireDate(now) } };
    if (keepId !== undefined) filter['_id'] = { $ne: eqString(keepId).$eq };
    await this.sessions.updateMany(filter, { $set: { revoked_at: now } });
  }
}
