/** Conformance suite for UserTransfer (copying users between stores with their ids): any
 * adapter must pass it unchanged. */
import { describe, expect, it } from 'vitest';
import { aNewUser, at } from '@jobtracker/core/testing';
import type { User } from '@jobtracker/core';
import { useFreshStore, type OpenStore } from './fixture.js';

async function collect(users: AsyncIterable<User>): Promise<User[]> {
  const all: User[] = [];
  for await (const user of users) all.push(user);
  return all;
}

const copied = (id: number, overrides: Partial<User> = {}): User => ({
  ...aNewUser({
    email: `copied-${id}@example.com`,
    phone: '+41 44 000 00 00',
    location: 'Zürich',
    current_role: 'SRE',
    years_of_experience: 4.5,
    bio: 'ünïcødé\nsecond line',
    skills: ['Go', 'Rust'],
    resume_url: `/media/uploads/${id}/resume/00000000-0000-4000-8000-000000000001.pdf`,
    is_active: false,
    date_joined: at('2024-01-02T03:04:05.678Z'),
    updated_at: at('2024-05-06T07:08:09.010Z'),
    last_login: at('2024-05-06T07:08:09.011Z'),
  }),
  password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g',
  ...overrides,
  id,
});

export function describeUserTransfer(name: string, open: OpenStore<'users' | 'userTransfer'>): void {
  describe(`UserTransfer (${name})`, () => {
    const store = useFreshStore(open);

    it('inserts users under their own ids, every field as given, and reads them all back in id order', async () => {
      const { users, userTransfer } = store();
      expect(await collect(userTransfer.all())).toEqual([]);
      const [seven, three] = [copied(7), copied(3, { last_login: null, phone: null, skills: [] })];
      expect(await userTransfer.insert(seven)).toBe('inserted');
      expect(await userTransfer.insert(three)).toBe('inserted');
      expect(await users.findById(7)).toStrictEqual(seven);
      expect(await users.findByEmail('copied-3@example.com')).toStrictEqual(three);
      expect(await collect(userTransfer.all())).toStrictEqual([three, seven]);
    });

    it('writes nothing when the id or the email is taken', async () => {
      const { users, userTransfer } = store();
      await userTransfer.insert(copied(5));
      expect(await userTransfer.insert(copied(5, { email: 'other@example.com', first_name: 'Other' }))).toBe('taken');
      expect(await userTransfer.insert(copied(6, { email: 'copied-5@example.com' }))).toBe('taken');
      expect(await users.findById(6)).toBeNull();
      expect((await users.findById(5))?.first_name).toBe('Ada');
      expect(await collect(userTransfer.all())).toHaveLength(1);
    });

    it('lets registrations afterwards take ids above the highest one copied in', async () => {
      const { users, userTransfer } = store();
      const first = await users.create(aNewUser({ email: 'before@example.com' }));
      await userTransfer.insert(copied(40));
      await userTransfer.insert(copied(12));
      const next = await users.create(aNewUser({ email: 'after@example.com' }));
      expect(next!.id).toBeGreaterThan(40);
      expect((await collect(userTransfer.all())).map((user) => user.id)).toEqual([first!.id, 12, 40, next!.id]);
    });

    it('reads past a batch', async () => {
      const { userTransfer } = store();
      const ids = Array.from({ length: 505 }, (_, index) => index * 2 + 1);
      for (const id of ids) await userTransfer.insert(copied(id));
      expect((await collect(userTransfer.all())).map((user) => user.id)).toEqual(ids);
    }, 30_000);

    it('refuses an id that is not a positive integer', async () => {
      const { userTransfer } = store();
      for (const id of [0, -1, 1.5, Number.NaN]) await expect(userTransfer.insert(copied(id))).rejects.toThrow(TypeError);
    });
  });
}
