/** What the settings use cases need from storage. */
import type { UserSettings } from './user-settings.js';

export interface UserSettingsRepository {
  findByUserId(userId: number): Promise<UserSettings | null>;
  /** The record whose calendar secret hashes to `hash`: how the feed, fetched without a session,
   * finds its user. */
  findByCalendarSecretHash(hash: string): Promise<UserSettings | null>;
  /** Atomic read-modify-write, creating the record when absent (`change` then gets null). What
   * `change` returns is stored, under `userId` whatever its `user_id` says; errors it throws
   * abort the update. */
  update(userId: number, change: (current: UserSettings | null) => UserSettings): Promise<UserSettings>;
  /** Removes the user's record (account deletion, undoing a restore); true when there was one. */
  delete(userId: number): Promise<boolean>;
}
