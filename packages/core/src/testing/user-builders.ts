/** Test data builders for accounts, sessions and refresh-token records. */
import type { RefreshTokenRecord, Session } from '../auth/session.js';
import type { NewUser } from '../users/user.js';
import { aHashId, at } from './basic-builders.js';

let emailCounter = 0;

/** A new account with a unique email and every nullable field null. */
export function aNewUser(overrides: Partial<NewUser> = {}): NewUser {
  emailCounter += 1;
  return {
    email: `user${emailCounter}@example.com`,
    password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
    first_name: 'Ada',
    last_name: 'Lovelace',
    phone: null,
    location: null,
    linkedin_url: null,
    github_url: null,
    portfolio_url: null,
    current_role: null,
    years_of_experience: 0,
    bio: null,
    skills: [],
    resume_url: null,
    is_active: true,
    date_joined: at('2025-01-02T03:04:05.678Z'),
    updated_at: at('2025-01-02T03:04:05.678Z'),
    last_login: null,
    ...overrides,
  };
}

export function aSession(userId: number, overrides: Partial<Session> = {}): Session {
  return {
    id: aHashId(),
    user_id: userId,
    created_at: at('2025-03-01T10:00:00.000Z'),
    expires_at: at('2025-03-31T10:00:00.000Z'),
    revoked_at: null,
    ...overrides,
  };
}

export function aRefreshToken(sessionId: string, overrides: Partial<RefreshTokenRecord> = {}): RefreshTokenRecord {
  return {
    id: aHashId(),
    session_id: sessionId,
    expires_at: at('2025-03-08T10:00:00.000Z'),
    used_at: null,
    ...overrides,
  };
}
