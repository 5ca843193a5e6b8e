/** UserTransfer on the `users` collection: keyset reads by `_id`, and inserts with the user's
 * own id; the `users` counter is raised to the highest id inserted ($max, atomic), so `create`
 * hands out higher ids afterwards (it would also skip a taken one, at the cost of a retry). */
import type { User } from '@jobtracker/core';
import type { UserTransfer } from '../../store.js';
import { COLLECTIONS } from '../collections.js';
import { isDuplicateKeyError, type MinimalDb } from '../minimal-db.js';
import { VERSION_FIELD } from '../versioned-update.js';
import { userFromDoc, userToDoc } from './user.mapper.js';

const BATCH = 500;

export class MongoUserTransfer implements UserTransfer {
  constructor(private readonly db: MinimalDb) {}

  async *all(): AsyncIterable<User> {
    const users = this.db.collection(COLLECTIONS.users);
    for (let after = 0; ; ) {
      const docs = await users.find({ _id: { $gt: after } }, { sort: { _id: 1 }, limit: BATCH }).toArray();
      for (const doc of docs) yield userFromDoc(doc);
      const last = docs.at(-1);
      if (!last || docs.length < BATCH) return;
      after = last['_id'] as number;
    }
  }

  async insert(user: User): Promise<'inserted' | 'taken'> {
    if (!Number.isSafeInteger(user.id) || user.id < 1) throw new TypeError('users: an id must be a positive integer');
    const { id, ...fields } = user;
    let answer: 'inserted' | 'taken' = 'inserted';
    try {
      await this.db.collection(COLLECTIONS.users).insertOne({ _id: id, ...userToDoc(fields), [VERSION_FIELD]: 0 });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      answer = 'taken';
    }
    await this.db
      .collection(COLLECTIONS.counters)
      .findOneAndUpdate({ _id: 'users' }, { $max: { seq: id } }, { upsert: true, returnDocument: 'after' });
    return answer;
  }
}
