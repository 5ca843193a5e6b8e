/** In-memory fakes of the auth ports, for pure core tests. */
import type { AuthDeps } from '../auth/deps.js';
import type { RefreshTokenRecord, Session } from '../auth/session.js';
import type { TokenClaims } from '../auth/tokens.js';
import type { NewUser, User } from '../users/user.js';

export function fakeAuthDeps(): AuthDeps {
  const users = new Map<number, User>();
  const sessions = new Map<string, Session>();
  const refreshTokens = new Map<string, RefreshTokenRecord>();
  const failures = new Map<string, Date[]>();
  let nextId = 1;
  let counter = 0;

  return {
    users: {
      async findById(id) {
        return users.get(id) ?? null;
      },
      async hasAny() {
        return users.size > 0;
      },
      async findByEmail(email) {
        return [...users.values()].find((u) => u.email === email) ?? null;
      },
      async existsByEmailIgnoringCase(email) {
        return [...users.values()].some((u) => u.email.toLowerCase() === email.toLowerCase());
      },
      async create(user: NewUser) {
        if ([...users.values()].some((u) => u.email === user.email)) return null;
        const created = { ...user, id: nextId++ };
        users.set(created.id, created);
        return created;
      },
      async update(id, change) {
        const current = users.get(id);
        if (!current) return null;
        const updated = { ...current, ...change(current), id };
        users.set(id, updated);
        return updated;
      },
    },
    sessions: {
      async create(session) {
        sessions.set(session.id, session);
      },
      async findById(id) {
        return sessions.get(id) ?? null;
      },
      async revoke(id, now) {
        const session = sessions.get(id);
        if (session && !session.revoked_at) sessions.set(id, { ...session, revoked_at: now });
      },
      async revokeAllOfUser(userId, now, keepId) {
        for (const session of sessions.values()) {
          if (session.user_id === userId && session.id !== keepId && !session.revoked_at) sessions.set(session.id, { ...session, revoked_at: now });
        }
      },
    },
    refreshTokens: {
      async create(record) {
        refreshTokens.set(record.id, record);
      },
      async findById(id) {
        return refreshTokens.get(id) ?? null;
      },
      async consume(id, now) {
        const record = refreshTokens.get(id);
        if (!record || record.used_at) return false;
        refreshTokens.set(id, { ...record, used_at: now });
        return true;
      },
      async rotate(oldId, next, now) {
        const record = refreshTokens.get(oldId);
        if (!record || record.used_at) return false;
        refreshTokens.set(oldId, { ...record, used_at: now });
        refreshTokens.set(next.id, next);
        return true;
      },
    },
    hasher: {
      hash: async (password) => `hashed:${password}`,
      verify: async (hash, password) => hash === `hashed:${password}`,
    },
    tokens: {
      // Unsigned JSON stands in for a JWT: the codec's job (signatures) is tested in apps/api.
      sign: async (claims: TokenClaims) => JSON.stringify(claims),
      async verify(token) {
        try {
          return { ok: true, claims: JSON.parse(token) as Record<string, unknown> };
        } catch {
          return { ok: false };
        }
      },
    },
    random: {
      uuidHex: () => (++counter).toString(16).padStart(32, '0'),
      secret: () => `secret${++counter}`,
    },
    commonPasswords: { has: (password) => ['password123', 'qwertyuiop'].includes(password) },
    attempts: {
      async failuresSince(key, since) {
        return (failures.get(key) ?? []).filter((at) => at >= since);
      },
      async recordFailure(key, at) {
        failures.set(key, [...(failures.get(key) ?? []), at]);
      },
      async clear(key) {
        failures.delete(key);
      },
    },
    lifetimes: { accessMinutes: 60, refreshMinutes: 10080, sessionMinutes: 43200 },
    throttle: { perAccount: { maxFailures: 3, windowMinutes: 15 }, perClient: { maxFailures: 10, windowMinutes: 15 } },
  };
}
