/** Conformance suite for UserRepository: any adapter must pass it unchanged. */
import { describe, expect, it } from 'vitest';
import { aNewUser, at } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

export function describeUserRepository(name: string, open: OpenStore<'users'>): void {
  describe(`UserRepository (${name})`, () => {
    const store = useFreshStore(open);

    it('stores a new user with an id and round-trips every field', async () => {
      const { users } = store();
      const filled = aNewUser({
        email: 'Demo.User@example.com',
        phone: '+1 555 0100',
        location: 'Zürich',
        linkedin_url: 'https://linkedin.com/in/demo',
        github_url: 'https://github.com/demo',
        portfolio_url: 'https://demo.dev',
        current_role: 'Backend Developer',
        years_of_experience: 1.5,
        bio: 'Line one\nline two — ünïcødé',
        skills: ['Python', 'Django'],
        resume_url: '/media/uploads/1/resume/cv.pdf',
        is_active: false,
        date_joined: at('2025-11-27T21:04:12.345Z'),
        updated_at: at('2025-11-28T01:02:03.004Z'),
        last_login: at('2025-11-29T00:00:00.001Z'),
      });
      const created = await users.create(filled);
      expect(created).toStrictEqual({ ...filled, id: expect.any(Number) });
      expect(await users.findById(created!.id)).toStrictEqual(created);

      const sparse = await users.create(aNewUser());
      expect(sparse!.id).not.toBe(created!.id);
      const found = await users.findById(sparse!.id);
      expect(found?.last_login).toBeNull();
      expect(found?.phone).toBeNull();
      expect(found?.skills).toEqual([]);
      expect(found?.date_joined).toBeInstanceOf(Date);
    });

    it('knows whether any account exists', async () => {
      const { users } = store();
      expect(await users.hasAny()).toBe(false);
      await users.create(aNewUser({ email: 'first@example.com' }));
      expect(await users.hasAny()).toBe(true);
    });

    it('answers null for an unknown id or email', async () => {
      const { users } = store();
      expect(await users.findById(987654)).toBeNull();
      expect(await users.findByEmail('nobody@example.com')).toBeNull();
    });

    it('returns null instead of throwing when the exact email is taken', async () => {
      const { users } = store();
      await users.create(aNewUser({ email: 'taken@example.com' }));
      expect(await users.create(aNewUser({ email: 'taken@example.com', first_name: 'Other' }))).toBeNull();
      expect((await users.findByEmail('taken@example.com'))?.first_name).toBe('Ada');
    });

    it('matches findByEmail case-sensitively and existsByEmailIgnoringCase ignoring case', async () => {
      const { users } = store();
      await users.create(aNewUser({ email: 'Mixed.Case@example.com' }));
      await users.create(aNewUser({ email: 'ÉCOLE@example.com' }));
      expect(await users.findByEmail('mixed.case@example.com')).toBeNull();
      expect((await users.findByEmail('Mixed.Case@example.com'))?.email).toBe('Mixed.Case@example.com');
      expect(await users.existsByEmailIgnoringCase('MIXED.case@EXAMPLE.com')).toBe(true);
      expect(await users.existsByEmailIgnoringCase('école@example.com')).toBe(true);
      expect(await users.existsByEmailIgnoringCase('mixed.case@example.org')).toBe(false);
      // Literal, not a pattern.
      expect(await users.existsByEmailIgnoringCase('mixed_case@example.com')).toBe(false);
    });

    it('update applies the change to the current user and persists it', async () => {
      const { users } = store();
      const created = (await users.create(aNewUser({ skills: ['Go'] })))!;
      const updated = await users.update(created.id, (current) => ({
        skills: [...current.skills, 'Rust'],
        last_login: at('2025-06-01T12:00:00.500Z'),
        phone: undefined,
      }));
      expect(updated).toStrictEqual({ ...created, skills: ['Go', 'Rust'], last_login: at('2025-06-01T12:00:00.500Z') });
      expect(await users.findById(created.id)).toStrictEqual(updated);
    });

    it('update can set nullable fields back to null', async () => {
      const { users } = store();
      const created = (await users.create(aNewUser({ phone: '123', last_login: at('2025-01-01T00:00:00Z') })))!;
      await users.update(created.id, () => ({ phone: null, last_login: null }));
      const found = await users.findById(created.id);
      expect(found?.phone).toBeNull();
      expect(found?.last_login).toBeNull();
    });

    it('update returns null for an unknown user and never calls the change', async () => {
      const { users } = store();
      let called = false;
      expect(
        await users.update(424242, () => {
          called = true;
          return {};
        }),
      ).toBeNull();
      expect(called).toBe(false);
    });

    it('an error thrown by the change aborts the update', async () => {
      const { users } = store();
      const created = (await users.create(aNewUser({ first_name: 'Before' })))!;
      await expect(
        users.update(created.id, () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect((await users.findById(created.id))?.first_name).toBe('Before');
      // The store is still usable afterwards.
      await users.update(created.id, () => ({ first_name: 'After' }));
      expect((await users.findById(created.id))?.first_name).toBe('After');
    });

    it('concurrent updates do not lose each other', async () => {
      const { users } = store();
      const created = (await users.create(aNewUser({ skills: [] })))!;
      const skills = Array.from({ length: 10 }, (_, index) => `skill-${index}`);
      await Promise.all(
        skills.map((skill) => users.update(created.id, (current) => ({ skills: [...current.skills, skill] }))),
      );
      expect((await users.findById(created.id))?.skills.slice().sort()).toEqual(skills.slice().sort());
    });
  });
}
