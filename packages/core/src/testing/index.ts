/** @jobtracker/core/testing: in-memory fakes of every core port and test data builders, for the
 * tests of core, the storage adapters and the apps. Never imported by production code; pure like
 * the rest of core (no Node APIs, no test framework). The fakes pass the same conformance suites
 * as the real adapters (packages/db). */
export { aHashId, anObjectId, at } from './basic-builders.js';
export { aMinimalApplication, anApplication, buildApplication } from './application-builders.js';
export { aCompany } from './company-builder.js';
export { aContact } from './contact-builder.js';
export { aNewUser, aRefreshToken, aSession } from './user-builders.js';

export { InMemoryApplicationRepository } from './in-memory-application-repository.js';
export { InMemoryCompanyRepository } from './in-memory-company-repository.js';
export { InMemoryContactRepository } from './in-memory-contact-repository.js';
export { InMemoryUserRepository } from './in-memory-user-repository.js';
export { InMemorySessionRepository } from './in-memory-session-repository.js';
export { InMemoryRefreshTokenRepository } from './in-memory-refresh-token-repository.js';
export { InMemoryLoginAttemptLog } from './in-memory-login-attempt-log.js';
export { InMemoryUserSettingsRepository } from './in-memory-user-settings-repository.js';
export { inMemoryRepositories } from './in-memory-repositories.js';
export type { InMemoryRepositories } from './in-memory-repositories.js';

export { fakeCommonPasswords, fakePasswordHasher, fakeTokenCodec, sequentialIds, sequentialRandom } from './fake-services.js';
export { fakeAuthDeps } from './fake-auth-deps.js';

export { createInMemoryFileStore } from './in-memory-file-store.js';
export type { InMemoryFileStore } from './in-memory-file-store.js';

export { collectArchive, inMemoryArchive } from './in-memory-archive.js';
export type { InMemoryArchive } from './in-memory-archive.js';
export { accountSnapshot, seedAccount } from './account-seed.js';
export type { AccountStores } from './account-seed.js';
