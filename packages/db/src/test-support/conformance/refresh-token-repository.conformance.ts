/** Conformance suite for RefreshTokenRepository: each token is used at most once, even when
 * two refreshes race. Any adapter must pass it unchanged. */
import { describe, expect, it } from 'vitest';
import { aNewUser, aRefreshToken, aSession, at } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

export function describeRefreshTokenRepository(name: string, open: OpenStore<'users' | 'sessions' | 'refreshTokens'>): void {
  describe(`RefreshTokenRepository (${name})`, () => {
    const store = useFreshStore(open);
    const now = at('2025-03-02T10:00:00.000Z');

    async function aSessionId(): Promise<string> {
      const { users, sessions } = store();
      const session = aSession((await users.create(aNewUser()))!.id);
      await sessions.create(session);
      return session.id;
    }

    it('round-trips a record', async () => {
      const { refreshTokens } = store();
      const record = aRefreshToken(await aSessionId(), { expires_at: at('2025-03-09T10:00:00.456Z') });
      await refreshTokens.create(record);
      expect(await refreshTokens.findById(record.id)).toStrictEqual(record);
      expect(await refreshTokens.findById('e'.repeat(64))).toBeNull();
    });

    it('consume succeeds once, then reports the token as already used', async () => {
      const { refreshTokens } = store();
      const record = aRefreshToken(await aSessionId());
      await refreshTokens.create(record);
      expect(await refreshTokens.consume(record.id, now)).toBe(true);
      expect(await refreshTokens.consume(record.id, at('2025-03-02T11:00:00Z'))).toBe(false);
      expect((await refreshTokens.findById(record.id))?.used_at).toStrictEqual(now);
      expect(await refreshTokens.consume('d'.repeat(64), now)).toBe(false);
    });

    it('rotate marks the old token used and stores the next one', async () => {
      const { refreshTokens } = store();
      const sessionId = await aSessionId();
      const old = aRefreshToken(sessionId);
      const next = aRefreshToken(sessionId);
      await refreshTokens.create(old);
      expect(await refreshTokens.rotate(old.id, next, now)).toBe(true);
      expect((await refreshTokens.findById(old.id))?.used_at).toStrictEqual(now);
      expect(await refreshTokens.findById(next.id)).toStrictEqual(next);
    });

    it('rotate of a used token fails and stores nothing', async () => {
      const { refreshTokens } = store();
      const sessionId = await aSessionId();
      const old = aRefreshToken(sessionId);
      await refreshTokens.create(old);
      await refreshTokens.consume(old.id, now);
      const next = aRefreshToken(sessionId);
      expect(await refreshTokens.rotate(old.id, next, at('2025-03-02T12:00:00Z'))).toBe(false);
      expect(await refreshTokens.findById(next.id)).toBeNull();
      expect((await refreshTokens.findById(old.id))?.used_at).toStrictEqual(now);
    });

    it('of concurrent rotations of one token exactly one wins', async () => {
      const { refreshTokens } = store();
      const sessionId = await aSessionId();
      const old = aRefreshToken(sessionId);
      await refreshTokens.create(old);
      const candidates = Array.from({ length: 5 }, () => aRefreshToken(sessionId));
      const results = await Promise.all(candidates.map((next) => refreshTokens.rotate(old.id, next, now)));
      expect(results.filter(Boolean)).toHaveLength(1);
      const stored = await Promise.all(candidates.map((next) => refreshTokens.findById(next.id)));
      expect(stored.filter((record) => record !== null)).toHaveLength(1);
      expect(stored[results.indexOf(true)]).toStrictEqual(candidates[results.indexOf(true)]);
    });

    it('of concurrent consumes of one token exactly one wins', async () => {
      const { refreshTokens } = store();
      const record = aRefreshToken(await aSessionId());
      await refreshTokens.create(record);
      const results = await Promise.all(Array.from({ length: 5 }, () => refreshTokens.consume(record.id, now)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
