/** Conformance suite for SessionRepository: any adapter must pass it unchanged. */
import { describe, expect, it } from 'vitest';
import { aNewUser, aSession, at } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

export function describeSessionRepository(name: string, open: OpenStore<'users' | 'sessions'>): void {
  describe(`SessionRepository (${name})`, () => {
    const store = useFreshStore(open);

    async function aUserId(): Promise<number> {
      return (await store().users.create(aNewUser()))!.id;
    }

    it('round-trips a session', async () => {
      const { sessions } = store();
      const userId = await aUserId();
      const session = aSession(userId, { created_at: at('2025-03-01T10:00:00.123Z') });
      await sessions.create(session);
      expect(await sessions.findById(session.id)).toStrictEqual(session);
      expect(await sessions.findById('f'.repeat(64))).toBeNull();
    });

    it('findWithUser answers the session with its user, as they are now', async () => {
      const { sessions, users } = store();
      const user = (await users.create(aNewUser({ skills: ['SQL'] })))!;
      const session = aSession(user.id, { created_at: at('2025-03-01T10:00:00.123Z') });
      await sessions.create(session);
      expect(await sessions.findWithUser(session.id)).toStrictEqual({ session, user });

      const deactivated = await users.update(user.id, () => ({ is_active: false }));
      await sessions.revoke(session.id, at('2025-03-02T00:00:00.000Z'));
      expect(await sessions.findWithUser(session.id)).toStrictEqual({
        session: { ...session, revoked_at: at('2025-03-02T00:00:00.000Z') },
        user: deactivated,
      });
      expect(await sessions.findWithUser('f'.repeat(64))).toBeNull();
    });

    it('revoke stamps the session once; a second revoke keeps the first time', async () => {
      const { sessions } = store();
      const session = aSession(await aUserId());
      await sessions.create(session);
      await sessions.revoke(session.id, at('2025-03-02T00:00:00.000Z'));
      await sessions.revoke(session.id, at('2025-03-03T00:00:00.000Z'));
      expect((await sessions.findById(session.id))?.revoked_at).toStrictEqual(at('2025-03-02T00:00:00.000Z'));
      await expect(sessions.revoke('0'.repeat(64), at('2025-03-02T00:00:00Z'))).resolves.toBeUndefined();
    });

    it("revokeAllOfUser revokes every active session of that user except keepId", async () => {
      const { sessions } = store();
      const userId = await aUserId();
      const otherUserId = await aUserId();
      const kept = aSession(userId);
      const others = [aSession(userId), aSession(userId)];
      const earlierRevoked = aSession(userId, { revoked_at: at('2025-03-01T11:00:00.000Z') });
      const foreign = aSession(otherUserId);
      for (const session of [kept, ...others, earlierRevoked, foreign]) await sessions.create(session);

      const now = at('2025-03-05T00:00:00.000Z');
      await sessions.revokeAllOfUser(userId, now, kept.id);

      expect((await sessions.findById(kept.id))?.revoked_at).toBeNull();
      for (const session of others) expect((await sessions.findById(session.id))?.revoked_at).toStrictEqual(now);
      expect((await sessions.findById(earlierRevoked.id))?.revoked_at).toStrictEqual(at('2025-03-01T11:00:00.000Z'));
      expect((await sessions.findById(foreign.id))?.revoked_at).toBeNull();
    });

    it('revokeAllOfUser without keepId revokes them all', async () => {
      const { sessions } = store();
      const userId = await aUserId();
      const all = [aSession(userId), aSession(userId)];
      for (const session of all) await sessions.create(session);
      const now = at('2025-03-05T00:00:00.000Z');
      await sessions.revokeAllOfUser(userId, now);
      for (const session of all) expect((await sessions.findById(session.id))?.revoked_at).toStrictEqual(now);
    });
  });
}
