/** Conformance suite for the deletes that account deletion and failed restores rely on: every
 * record of one user goes, nobody else's. Any adapter must pass it unchanged. */
import { describe, expect, it } from 'vitest';
import { aCompany, aContact, aNewUser, anApplication, aRefreshToken, aSession } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

type Ports = 'users' | 'sessions' | 'refreshTokens' | 'applications' | 'companies' | 'contacts';

export function describeAccountRecords(name: string, open: OpenStore<Ports>): void {
  describe(`deleting every record of a user (${name})`, () => {
    const store = useFreshStore(open);

    async function anAccount(email: string) {
      const s = store();
      const user = (await s.users.create(aNewUser({ email })))!;
      const sessions = [aSession(user.id), aSession(user.id, { revoked_at: new Date('2025-03-01T00:00:00Z') })];
      for (const session of sessions) await s.sessions.create(session);
      const tokens = sessions.map((session) => aRefreshToken(session.id));
      for (const token of tokens) await s.refreshTokens.create(token);
      await s.applications.create(anApplication(user.id));
      await s.companies.create(aCompany(user.id));
      await s.contacts.create(aContact(user.id));
      return { user, sessions, tokens };
    }

    it('deletes sessions (returning their ids), tokens, documents and the user; the other account keeps all', async () => {
      const s = store();
      const doomed = await anAccount('doomed@example.com');
      const kept = await anAccount('kept@example.com');
      const id = doomed.user.id;

      const sessionIds = await s.sessions.deleteAllOfUser(id);
      expect(new Set(sessionIds)).toEqual(new Set(doomed.sessions.map((session) => session.id)));
      // Tokens may already have gone with their sessions (a foreign key); either way none is left.
      expect(await s.refreshTokens.deleteOfSessions(sessionIds)).toBeLessThanOrEqual(2);
      for (const token of doomed.tokens) expect(await s.refreshTokens.findById(token.id)).toBeNull();
      for (const session of doomed.sessions) expect(await s.sessions.findById(session.id)).toBeNull();
      expect(await s.applications.deleteAllOfUser(id)).toBe(1);
      expect(await s.companies.deleteAllOfUser(id)).toBe(1);
      expect(await s.contacts.deleteAllOfUser(id)).toBe(1);
      expect(await s.users.delete(id)).toBe(true);
      expect(await s.users.delete(id)).toBe(false);
      expect(await s.users.findById(id)).toBeNull();
      expect(await s.users.findByEmail('doomed@example.com')).toBeNull();

      expect(await s.users.findById(kept.user.id)).toStrictEqual(kept.user);
      for (const session of kept.sessions) expect(await s.sessions.findById(session.id)).toStrictEqual(session);
      for (const token of kept.tokens) expect(await s.refreshTokens.findById(token.id)).toStrictEqual(token);
      expect((await s.applications.findPage(kept.user.id, {}, { offset: 0, limit: null })).total).toBe(1);
      expect((await s.companies.findPage(kept.user.id, {}, { offset: 0, limit: null })).total).toBe(1);
      expect((await s.contacts.findPage(kept.user.id, {}, { offset: 0, limit: null })).total).toBe(1);
    });

    it('answers with nothing deleted for a user without records', async () => {
      const s = store();
      expect(await s.sessions.deleteAllOfUser(99)).toEqual([]);
      expect(await s.refreshTokens.deleteOfSessions([])).toBe(0);
      expect(await s.companies.deleteAllOfUser(99)).toBe(0);
      expect(await s.users.delete(99)).toBe(false);
    });
  });
}
