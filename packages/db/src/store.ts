/** The set of repositories an app needs, whatever store backs them. */
import type {
  ApplicationRepository,
  CompanyRepository,
  RefreshTokenRepository,
  SessionRepository,
  UserRepository,
} from '@jobtracker/core';

export type JobTrackerStore = {
  users: UserRepository;
  sessions: SessionRepository;
  refreshTokens: RefreshTokenRepository;
  applications: ApplicationRepository;
  companies: CompanyRepository;
  /** Releases connections and file handles; the store is unusable afterwards. */
  close(): Promise<void>;
};
