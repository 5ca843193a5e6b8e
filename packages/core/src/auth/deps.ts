/** Everything the auth use cases are given. */
import type { CommonPasswords } from '../users/password-policy.js';
import type { PasswordHasher, UserRepository } from '../users/ports.js';
import type { LoginAttemptLog, RefreshTokenRepository, SessionRepository } from './ports.js';
import type { TokenLifetimes } from './session.js';
import type { ThrottlePolicy } from './throttle.js';
import type { RandomSource, TokenCodec } from './tokens.js';

export type AuthDeps = {
  users: UserRepository;
  sessions: SessionRepository;
  refreshTokens: RefreshTokenRepository;
  hasher: PasswordHasher;
  tokens: TokenCodec;
  random: RandomSource;
  commonPasswords: CommonPasswords;
  attempts: LoginAttemptLog;
  lifetimes: TokenLifetimes;
  throttle: { perAccount: ThrottlePolicy; perClient: ThrottlePolicy };
};
