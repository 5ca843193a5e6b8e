/** Stores for sessions and refresh tokens, and the login-attempt log used for throttling. */
import type { RefreshTokenRecord, Session } from './session.js';

export interface SessionRepository {
  create(session: Session): Promise<void>;
  findById(id: string): Promise<Session | null>;
  revoke(id: string, now: Date): Promise<void>;
  /** Revokes every active session of the user except `keepId`. */
  revokeAllOfUser(userId: number, now: Date, keepId?: string): Promise<void>;
  /** Deletes every session of the user, revoked or not (account deletion); resolves to their
   * ids, so the caller can delete their refresh tokens too. */
  deleteAllOfUser(userId: number): Promise<string[]>;
}

export interface RefreshTokenRepository {
  create(record: RefreshTokenRecord): Promise<void>;
  findById(id: string): Promise<RefreshTokenRecord | null>;
  /** Marks the token used; false when it was already used (a concurrent refresh won). */
  consume(id: string, now: Date): Promise<boolean>;
  /** Marks `oldId` used and stores `next` atomically; false when `oldId` was already used. */
  rotate(oldId: string, next: RefreshTokenRecord, now: Date): Promise<boolean>;
  /** Deletes the refresh tokens of these sessions (account deletion); resolves to how many. A
   * store whose tokens go with their session (a foreign key) may find none left. */
  deleteOfSessions(sessionIds: readonly string[]): Promise<number>;
}

export interface LoginAttemptLog {
  /** Times of failed attempts under `key` at or after `since`. */
  failuresSince(key: string, since: Date): Promise<Date[]>;
  recordFailure(key: string, at: Date): Promise<void>;
  clear(key: string): Promise<void>;
}
