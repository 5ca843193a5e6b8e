/** The set of repositories an app needs, whatever store backs them. */
import type {
  ApplicationRepository,
  CompanyRepository,
  ContactRepository,
  LoginAttemptLog,
  RefreshTokenRepository,
  SessionRepository,
  UserRepository,
  UserSettingsRepository,
} from '@jobtracker/core';

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
  /** Releases connections and file handles; the store is unusable afterwards. */
  close(): Promise<void>;
};
