/** UserSettingsRepository on the `user_settings` collection: the user id is the `_id`, so a user
 * has one record at most; changes are versioned replacements, as for users. */
import type { UserSettings, UserSettingsRepository } from '@jobtracker/core';
import { COLLECTIONS } from '../collections.js';
import { isDuplicateKeyError, type Document, type MinimalCollection, type MinimalDb } from '../minimal-db.js';
import { eqInteger, eqString } from '../safe-values.js';
import { updateVersioned, VERSION_FIELD } from '../versioned-update.js';

function settingsFromDoc(doc: Document): UserSettings {
  return {
    user_id: doc['_id'] as number,
    silence_days: doc['silence_days'] as number,
    weekly_goal: doc['weekly_goal'] as number,
    calendar_secret_hash: (doc['calendar_secret_hash'] as string | null | undefined) ?? null,
    updated_at: doc['updated_at'] as Date,
  };
}

/** The stored fields, without `_id` and version. */
function settingsToDoc(settings: UserSettings): Document {
  return {
    silence_days: settings.silence_days,
    weekly_goal: settings.weekly_goal,
    calendar_secret_hash: settings.calendar_secret_hash,
    updated_at: settings.updated_at,
  };
}

/** Each miss means another writer succeeded; this bounds only a pathological loop. */
const MAX_ATTEMPTS = 1000;

export class MongoUserSettingsRepository implements UserSettingsRepository {
  private readonly settings: MinimalCollection;

  constructor(db: MinimalDb) {
    this.settings = db.collection(COLLECTIONS.userSettings);
  }

  async findByUserId(userId: number): Promise<UserSettings | null> {
    const doc = await this.settings.findOne({ _id: eqInteger(userId) });
    return doc ? settingsFromDoc(doc) : null;
  }

  async findByCalendarSecretHash(hash: string): Promise<UserSettings | null> {
    const doc = await this.settings.findOne({ calendar_secret_hash: eqString(hash) });
    return doc ? settingsFromDoc(doc) : null;
  }

  async update(userId: number, change: (current: UserSettings | null) => UserSettings): Promise<UserSettings> {
    const filter = { _id: eqInteger(userId) };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const stored = await updateVersioned(this.settings, filter, (doc) => settingsToDoc({ ...change(settingsFromDoc(doc)), user_id: userId }));
      if (stored) return settingsFromDoc(stored);
      // No record yet: create it. The `_id` makes a concurrent creation collide, and the loser
      // goes round again to apply its change to the winner's record.
      const created = { ...change(null), user_id: userId };
      try {
        await this.settings.insertOne({ _id: userId, ...settingsToDoc(created), [VERSION_FIELD]: 0 });
        return created;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    throw new Error(`Settings update gave up after ${MAX_ATTEMPTS} conflicting writes`);
  }

  async delete(userId: number): Promise<boolean> {
    const result = await this.settings.deleteOne({ _id: eqInteger(userId) });
    return result.deletedCount > 0;
  }
}
