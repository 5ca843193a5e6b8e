/** Everything the auth use cases are given, faked: in-memory stores and the fake services. */
import type { AuthDeps } from '../auth/deps.js';
import { fakeCommonPasswords, fakePasswordHasher, fakeTokenCodec, sequentialRandom } from './fake-services.js';
import { InMemoryLoginAttemptLog } from './in-memory-login-attempt-log.js';
import { InMemoryRefreshTokenRepository } from './in-memory-refresh-token-repository.js';
import { InMemorySessionRepository } from './in-memory-session-repository.js';
import { InMemoryUserRepository } from './in-memory-user-repository.js';

/** Short policies a test can exhaust: three failures lock an account, ten a client. */
export function fakeAuthDeps(): AuthDeps {
  const users = new InMemoryUserRepository();
  return {
    users,
    sessions: new InMemorySessionRepository(users),
    refreshTokens: new InMemoryRefreshTokenRepository(),
    hasher: fakePasswordHasher,
    tokens: fakeTokenCodec,
    random: sequentialRandom(),
    commonPasswords: fakeCommonPasswords,
    attempts: new InMemoryLoginAttemptLog(),
    lifetimes: { accessMinutes: 60, refreshMinutes: 10080, sessionMinutes: 43200 },
    throttle: { perAccount: { maxFailures: 3, windowMinutes: 15 }, perClient: { maxFailures: 10, windowMinutes: 15 } },
  };
}
