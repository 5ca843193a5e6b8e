/** UserRepository on the `users` collection: integer ids from the `users` counter, a unique
 * index on the exact email, and a lowercased copy for the case-insensitive lookup. */
import type { NewUser, User, UserRepository } from '@jobtracker/core';
import { COLLECTIONS } from '../collections.js';
import { nextSequence } from '../counters.js';
import { isDuplicateKeyError, type MinimalCollection, type MinimalDb } from '../minimal-db.js';
import { eqInteger, eqString, foldCase } from '../safe-values.js';
import { updateVersioned, VERSION_FIELD } from '../versioned-update.js';
import { userFromDoc, userToDoc } from './user.mapper.js';

export class MongoUserRepository implements UserRepository {
  private readonly users: MinimalCollection;

  constructor(private readonly db: MinimalDb) {
    this.users = db.collection(COLLECTIONS.users);
  }

  async findById(id: number): Promise<User | null> {
    const doc = await this.users.findOne({ _id: eqInteger(id) });
    return doc ? userFromDoc(doc) : null;
  }

  async hasAny(): Promise<boolean> {
    return (await this.users.findOne({}, { projection: { _id: 1 } })) !== null;
  }

  async findByEmail(email: string): Promise<User | null> {
    const doc = await this.users.findOne({ email: eqString(email) });
    return doc ? userFromDoc(doc) : null;
  }

  async existsByEmailIgnoringCase(email: string): Promise<boolean> {
    const lowered = foldCase(eqString(email).$eq);
    return (await this.users.findOne({ email_lower: { $eq: lowered } }, { projection: { _id: 1 } })) !== null;
  }

  async create(user: NewUser): Promise<User | null> {
    const doc = userToDoc(user);
    for (;;) {
      const id = await nextSequence(this.db, 'users');
      try {
        await this.users.insertOne({ _id: id, ...doc, [VERSION_FIELD]: 0 });
        return userFromDoc({ _id: id, ...doc });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        // The unique email index is the arbiter of concurrent registrations: a duplicate is an
        // expected answer. A taken `_id` (users copied in with their ids) just moves on.
        if (duplicateKeyOf(error) !== '_id') return null;
      }
    }
  }

  async delete(id: number): Promise<boolean> {
    return (await this.users.deleteOne({ _id: eqInteger(id) })).deletedCount > 0;
  }

  async update(id: number, change: (current: User) => Partial<Omit<User, 'id'>>): Promise<User | null> {
    const stored = await updateVersioned(this.users, { _id: eqInteger(id) }, (doc) => {
      const current = userFromDoc(doc);
      return userToDoc({ ...current, ...definedFields(change(current)) });
    });
    return stored ? userFromDoc(stored) : null;
  }
}

/** The first key of the index that refused the write (`keyPattern` of the server's error). */
function duplicateKeyOf(error: unknown): string | undefined {
  const { keyPattern, message } = error as { keyPattern?: Record<string, unknown>; message?: unknown };
  if (keyPattern) return Object.keys(keyPattern)[0];
  // Servers before 4.4 name only the index in the message.
  return typeof message === 'string' && message.includes('index: _id_ ') ? '_id' : undefined;
}

/** A Partial may spell "leave it" as an explicit undefined; only defined values are set. */
function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
