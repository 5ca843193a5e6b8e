/** Conformance suite for ContactRepository: any adapter must pass it unchanged. */
import type { Contact, ContactFilter, ContactRepository } from '@jobtracker/core';
import { describe, expect, it } from 'vitest';
import { aContact, anObjectId, at } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

const ALICE = 1;
const BOB = 2;

async function namesOf(repository: ContactRepository, userId: number, filter: ContactFilter): Promise<string[]> {
  const { items } = await repository.findPage(userId, filter, { offset: 0, limit: null });
  return items.map((contact) => contact.name);
}

export function describeContactRepository(name: string, open: OpenStore<'contacts'>): void {
  describe(`ContactRepository (${name})`, () => {
    const store = useFreshStore(open);

    it('round-trips every field, dates (interactions included) as Date objects', async () => {
      const { contacts } = store();
      const contact = aContact(ALICE, {
        application_ids: [anObjectId(), anObjectId()],
        interactions: [
          { date: at('2025-05-01T08:00:00.001Z'), channel: 'phone', note: 'Screening call' },
          { date: at('2025-05-02T08:00:00.000Z'), channel: 'email', note: '' },
        ],
      });
      await contacts.create(contact);
      const found = await contacts.findById(ALICE, contact.id);
      expect(found).toStrictEqual(contact);
      expect(found?.interactions[0]?.date).toBeInstanceOf(Date);
      expect(await contacts.findById(ALICE, anObjectId())).toBeNull();
    });

    it("never shows or touches another user's contacts", async () => {
      const { contacts } = store();
      const alices = aContact(ALICE);
      await contacts.create(alices);
      expect(await contacts.findById(BOB, alices.id)).toBeNull();
      expect(await contacts.findPage(BOB, {}, { offset: 0, limit: null })).toStrictEqual({ total: 0, items: [] });
      expect(await contacts.update(BOB, alices.id, (current) => ({ ...current, notes: 'hijacked' }))).toBeNull();
      expect(await contacts.delete(BOB, alices.id)).toBe(false);
      expect(await contacts.deleteAllOfUser(BOB)).toBe(0);
      expect(await contacts.findById(ALICE, alices.id)).toStrictEqual(alices);
    });

    it('sorts by lowercased name in code-point order, ties by id, and pages', async () => {
      const { contacts } = store();
      const [low, high] = [anObjectId(), anObjectId()];
      await contacts.create(aContact(ALICE, { id: high!, name: 'sam' }));
      await contacts.create(aContact(ALICE, { id: low!, name: 'Sam' }));
      for (const name of ['zed', 'Émile', 'ada', '_x']) await contacts.create(aContact(ALICE, { name }));
      const expected = ['_x', 'ada', 'Sam', 'sam', 'zed', 'Émile'];
      expect(await namesOf(contacts, ALICE, {})).toEqual(expected);
      const page = await contacts.findPage(ALICE, {}, { offset: 2, limit: 2 });
      expect(page.total).toBe(6);
      expect(page.items.map((contact) => contact.name)).toEqual(expected.slice(2, 4));
    });

    it('searches name, company, role and email literally, ignoring case', async () => {
      const { contacts } = store();
      await contacts.create(aContact(ALICE, { name: 'Grace', company: 'ACME Corp', role: 'Recruiter', email: 'grace@acme.test' }));
      await contacts.create(aContact(ALICE, { name: 'Linus', company: 'Globex', role: 'CTO (100)', email: 'linus@globex.test' }));
      await contacts.create(aContact(BOB, { name: 'Acme Bob', company: 'Acme', role: '', email: '' }));
      expect(await namesOf(contacts, ALICE, { anyTextContains: 'acme' })).toEqual(['Grace']);
      expect(await namesOf(contacts, ALICE, { anyTextContains: 'RECRUIT' })).toEqual(['Grace']);
      expect(await namesOf(contacts, ALICE, { anyTextContains: '@globex' })).toEqual(['Linus']);
      expect(await namesOf(contacts, ALICE, { anyTextContains: '(100)' })).toEqual(['Linus']);
      for (const pattern of ['%', '_', '.*', '[a-z]', '^G']) expect(await namesOf(contacts, ALICE, { anyTextContains: pattern })).toEqual([]);
    });

    it('finds the contacts linked to an application', async () => {
      const { contacts } = store();
      const [first, second] = [anObjectId(), anObjectId()];
      await contacts.create(aContact(ALICE, { name: 'Both', application_ids: [first!, second!] }));
      await contacts.create(aContact(ALICE, { name: 'First', application_ids: [first!] }));
      await contacts.create(aContact(ALICE, { name: 'None', application_ids: [] }));
      await contacts.create(aContact(BOB, { name: 'Foreign', application_ids: [first!] }));
      expect(await namesOf(contacts, ALICE, { applicationId: first! })).toEqual(['Both', 'First']);
      expect(await namesOf(contacts, ALICE, { applicationId: second!, anyTextContains: 'bo' })).toEqual(['Both']);
      expect(await namesOf(contacts, ALICE, { applicationId: anObjectId() })).toEqual([]);
    });

    it('updates atomically, keeps id and owner, and reindexes what it changed', async () => {
      const { contacts } = store();
      const contact = aContact(ALICE, { name: 'Old' });
      await contacts.create(contact);
      const linked = anObjectId();
      const updated = await contacts.update(ALICE, contact.id, (current) => ({
        ...current,
        id: anObjectId(),
        user_id: BOB,
        name: 'Newton',
        application_ids: [linked],
      }));
      expect(updated).toStrictEqual({ ...contact, name: 'Newton', application_ids: [linked] });
      expect(await namesOf(contacts, ALICE, { anyTextContains: 'newt' })).toEqual(['Newton']);
      expect(await namesOf(contacts, ALICE, { applicationId: linked })).toEqual(['Newton']);
      expect(await namesOf(contacts, ALICE, { anyTextContains: 'old' })).toEqual([]);
    });

    it('an error thrown by the change aborts the update', async () => {
      const { contacts } = store();
      const contact = aContact(ALICE);
      await contacts.create(contact);
      await expect(
        contacts.update(ALICE, contact.id, () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await contacts.findById(ALICE, contact.id)).toStrictEqual(contact);
    });

    it('concurrent updates do not lose each other', async () => {
      const { contacts } = store();
      const contact = aContact(ALICE, { interactions: [] });
      await contacts.create(contact);
      await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          contacts.update(ALICE, contact.id, (current: Contact) => ({
            ...current,
            interactions: [...current.interactions, { date: at('2025-05-01T00:00:00Z'), channel: 'email', note: String(index) }],
          })),
        ),
      );
      expect((await contacts.findById(ALICE, contact.id))?.interactions).toHaveLength(10);
    });

    it('deletes one, then all of a user', async () => {
      const { contacts } = store();
      const [one, two] = [aContact(ALICE), aContact(ALICE)];
      const bobs = aContact(BOB);
      for (const contact of [one!, two!, bobs]) await contacts.create(contact);
      expect(await contacts.delete(ALICE, one!.id)).toBe(true);
      expect(await contacts.delete(ALICE, one!.id)).toBe(false);
      expect(await contacts.deleteAllOfUser(ALICE)).toBe(1);
      expect(await contacts.findPage(ALICE, {}, { offset: 0, limit: null })).toStrictEqual({ total: 0, items: [] });
      expect(await contacts.findById(BOB, bobs.id)).toStrictEqual(bobs);
    });
  });
}
