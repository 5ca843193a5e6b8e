/** The set of repositories an app needs, whatever store backs them. */
import type {
  ApplicationRepository,
  CompanyRepository,
  ContactRepository,
  LoginAttemptLog,
  RefreshTokenRepository,
  SessionRepository,
  User,
  UserRepository,
  UserSettingsRepository,
} from '@jobtracker/core';

/** What copying a whole store into another needs beyond core's ports (the API's migrate
 * command): every user with its password hash, and a user stored under the id it has elsewhere,
 * so documents, file keys and tokens keep pointing at it. */
export interface UserTransfer {
  /** Every user, in id order, read in batches. */
  all(): AsyncIterable<User>;
  /** Stores `user` under `user.id` and answers 'inserted'; answers 'taken', writing nothing,
   * when that id or that email is already in use. Ids `create` hands out afterwards are higher. */
  insert(user: User): Promise<'inserted' | 'taken'>;
}

export type JobTrackerStore = {
  users: UserRepository;
  sessions: SessionRepository;
  refreshTokens: RefreshTokenRepository;
  /** Failed logins for throttling, in the store so every process counts the same failures. */
  attempts: LoginAttemptLog;
  applications: ApplicationRepository;
  companies: CompanyRepository;
  contacts: ContactRepository;
  /** Per-user insight settings and the calendar feed's secret hash. */
  userSettings: UserSettingsRepository;
  /** Copying users in and out with their ids (migration between stores). */
  userTransfer: UserTransfer;
  /** Releases connections and file handles; the store is unusable afterwards. */
  close(): Promise<void>;
};
