/** Every storage port in memory, each store empty: the shape of a store without `close`. */
import type { ApplicationRepository } from '../applications/ports.js';
import type { LoginAttemptLog, RefreshTokenRepository, SessionRepository } from '../auth/ports.js';
import type { CompanyRepository } from '../companies/ports.js';
import type { ContactRepository } from '../contacts/ports.js';
import type { UserSettingsRepository } from '../settings/ports.js';
import type { UserRepository } from '../users/ports.js';
import { InMemoryApplicationRepository } from './in-memory-application-repository.js';
import { InMemoryCompanyRepository } from './in-memory-company-repository.js';
import { InMemoryContactRepository } from './in-memory-contact-repository.js';
import { InMemoryLoginAttemptLog } from './in-memory-login-attempt-log.js';
import { InMemoryRefreshTokenRepository } from './in-memory-refresh-token-repository.js';
import { InMemorySessionRepository } from './in-memory-session-repository.js';
import { InMemoryUserRepository } from './in-memory-user-repository.js';
import { InMemoryUserSettingsRepository } from './in-memory-user-settings-repository.js';

export type InMemoryRepositories = {
  users: UserRepository;
  sessions: SessionRepository;
  refreshTokens: RefreshTokenRepository;
  applications: ApplicationRepository;
  companies: CompanyRepository;
  contacts: ContactRepository;
  attempts: LoginAttemptLog;
  userSettings: UserSettingsRepository;
};

export function inMemoryRepositories(): InMemoryRepositories {
  return {
    users: new InMemoryUserRepository(),
    sessions: new InMemorySessionRepository(),
    refreshTokens: new InMemoryRefreshTokenRepository(),
    applications: new InMemoryApplicationRepository(),
    companies: new InMemoryCompanyRepository(),
    contacts: new InMemoryContactRepository(),
    attempts: new InMemoryLoginAttemptLog(),
    userSettings: new InMemoryUserSettingsRepository(),
  };
}
