/** UserSettingsRepository kept in memory, with the SQLite adapter's semantics (checked by the
 * conformance suite in packages/db). */
import type { UserSettingsRepository } from '../settings/ports.js';
import type { UserSettings } from '../settings/user-settings.js';
import { copyDocument } from './document-copy.js';

export class InMemoryUserSettingsRepository implements UserSettingsRepository {
  private readonly records = new Map<number, UserSettings>();

  async findByUserId(userId: number): Promise<UserSettings | null> {
    const found = this.records.get(userId);
    return found ? copyDocument(found) : null;
  }

  async findByCalendarSecretHash(hash: string): Promise<UserSettings | null> {
    for (const record of this.records.values()) if (record.calendar_secret_hash === hash) return copyDocument(record);
    return null;
  }

  /** No await between read and write, so it is atomic like the real adapters'. */
  async update(userId: number, change: (current: UserSettings | null) => UserSettings): Promise<UserSettings> {
    const current = this.records.get(userId);
    const next = copyDocument({ ...change(current ? copyDocument(current) : null), user_id: userId });
    this.records.set(userId, next);
    return copyDocument(next);
  }

  async delete(userId: number): Promise<boolean> {
    return this.records.delete(userId);
  }
}
