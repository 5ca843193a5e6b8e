/** Conformance suite for CompanyRepository: any adapter must pass it unchanged. */
import type { Company, CompanyFilter, CompanyRepository } from '@jobtracker/core';
import { describe, expect, it } from 'vitest';
import { aCompany, anObjectId, at } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

const ALICE = 1;
const BOB = 2;

async function createAll(repository: CompanyRepository, companies: Company[]): Promise<Company[]> {
  for (const company of companies) await repository.create(company);
  return companies;
}

async function namesOf(repository: CompanyRepository, userId: number, filter: CompanyFilter): Promise<string[]> {
  const { items } = await repository.findPage(userId, filter, { offset: 0, limit: null });
  return items.map((company) => company.name);
}

export function describeCompanyRepository(name: string, open: OpenStore<'companies'>): void {
  describe(`CompanyRepository (${name})`, () => {
    const store = useFreshStore(open);

    describe('round-trips', () => {
      it('keeps every field of a full document, dates as Date objects', async () => {
        const { companies } = store();
        const full = aCompany(ALICE, { created_at: at('2025-05-24T20:20:00.123Z') });
        await companies.create(full);
        const found = await companies.findById(ALICE, full.id);
        expect(found).toStrictEqual(full);
        expect(found?.created_at).toBeInstanceOf(Date);
      });

      it('keeps absent keys absent and nulls null', async () => {
        const { companies } = store();
        const sparse: Company = { id: anObjectId(), user_id: ALICE, name: 'Bare', industry: null, glassdoor_rating: null };
        await companies.create(sparse);
        const found = await companies.findById(ALICE, sparse.id);
        expect(found).toStrictEqual(sparse);
        for (const key of ['tags', 'contact_info', 'is_favorite', 'location', 'created_at']) {
          expect(found).not.toHaveProperty(key);
        }
      });

      it('answers null for an unknown id', async () => {
        expect(await store().companies.findById(ALICE, anObjectId())).toBeNull();
      });
    });

    describe('user isolation', () => {
      it("never shows or touches another user's companies", async () => {
        const { companies } = store();
        const alices = aCompany(ALICE, { name: 'Shared' });
        await companies.create(alices);
        expect(await companies.findById(BOB, alices.id)).toBeNull();
        expect(await companies.findPage(BOB, {}, { offset: 0, limit: null })).toStrictEqual({ total: 0, items: [] });
        expect(await companies.findAll(BOB, {})).toEqual([]);
        expect(await companies.findByNameIgnoringCase(BOB, 'Shared')).toBeNull();
        expect(await companies.update(BOB, alices.id, (current) => ({ ...current, notes: 'hijacked' }))).toBeNull();
        expect(await companies.delete(BOB, alices.id)).toBe(false);
        expect(await companies.findById(ALICE, alices.id)).toStrictEqual(alices);
      });
    });

    describe('ordering and pagination', () => {
      it('findPage sorts by name in code-point order and pages it', async () => {
        const { companies } = store();
        await createAll(
          companies,
          ['banana', 'Banana', 'apple', 'Zeta', 'Apple', 'éclair', '_under', '1st'].map((name) => aCompany(ALICE, { name })),
        );
        const expected = ['1st', 'Apple', 'Banana', 'Zeta', '_under', 'apple', 'banana', 'éclair'];
        expect(await namesOf(companies, ALICE, {})).toEqual(expected);
        const page = await companies.findPage(ALICE, {}, { offset: 2, limit: 3 });
        expect(page.total).toBe(8);
        expect(page.items.map((company) => company.name)).toEqual(expected.slice(2, 5));
        expect(await companies.findPage(ALICE, {}, { offset: 20, limit: 3 })).toStrictEqual({ total: 8, items: [] });
      });

      it('findPage compares code points, not UTF-16 units, and keeps equal names in insertion order', async () => {
        const { companies } = store();
        const [firstSame, , secondSame] = await createAll(
          companies,
          ['Same', '\u{1F600} Smile', 'Same', '\uFFFD Replacement', 'Plain'].map((name) => aCompany(ALICE, { name })),
        );
        const { items } = await companies.findPage(ALICE, {}, { offset: 0, limit: null });
        expect(items.map((company) => company.name)).toEqual(['Plain', 'Same', 'Same', '\uFFFD Replacement', '\u{1F600} Smile']);
        expect(items.slice(1, 3).map((company) => company.id)).toEqual([firstSame!.id, secondSame!.id]);
      });

      it('findAll keeps storage (insertion) order', async () => {
        const { companies } = store();
        const created = await createAll(
          companies,
          ['Zeta', 'alpha', 'Mid'].map((name) => aCompany(ALICE, { name })),
        );
        expect(await companies.findAll(ALICE, {})).toStrictEqual(created);
      });
    });

    describe('filters', () => {
      it('matches industry, location and any-text as case-insensitive literal substrings', async () => {
        const { companies } = store();
        await createAll(companies, [
          aCompany(ALICE, { name: 'Globex', industry: 'Technology', location: 'Springfield' }),
          aCompany(ALICE, { name: 'Bistro', industry: 'Food (Retail) 100%', location: 'Zürich [CH]' }),
          aCompany(ALICE, { name: 'École', industry: null, location: 'Paris' }),
          aCompany(ALICE, { name: 'Nowhere', industry: 'a_b .* c' }),
        ]);
        expect(await namesOf(companies, ALICE, { industryContains: 'TECH' })).toEqual(['Globex']);
        expect(await namesOf(companies, ALICE, { industryContains: '(retail)' })).toEqual(['Bistro']);
        expect(await namesOf(companies, ALICE, { industryContains: '%' })).toEqual(['Bistro']);
        expect(await namesOf(companies, ALICE, { industryContains: '_' })).toEqual(['Nowhere']);
        expect(await namesOf(companies, ALICE, { industryContains: '.*' })).toEqual(['Nowhere']);
        expect(await namesOf(companies, ALICE, { industryContains: 'T.chnology' })).toEqual([]);
        expect(await namesOf(companies, ALICE, { locationContains: 'ZÜRICH [' })).toEqual(['Bistro']);
        expect(await namesOf(companies, ALICE, { anyTextContains: 'école' })).toEqual(['École']);
        expect(await namesOf(companies, ALICE, { anyTextContains: 'PARIS' })).toEqual(['École']);
        expect(await namesOf(companies, ALICE, { anyTextContains: 'o' })).toEqual(['Bistro', 'Globex', 'Nowhere', 'École']);
      });

      it('filters favorites; a company without the key is neither', async () => {
        const { companies } = store();
        const noKey: Company = { id: anObjectId(), user_id: ALICE, name: 'NoKey' };
        await createAll(companies, [
          aCompany(ALICE, { name: 'Fav', is_favorite: true }),
          aCompany(ALICE, { name: 'Plain', is_favorite: false }),
          noKey,
        ]);
        expect(await namesOf(companies, ALICE, { isFavorite: true })).toEqual(['Fav']);
        expect(await namesOf(companies, ALICE, { isFavorite: false })).toEqual(['Plain']);
      });

      it('anyTag matches companies having any of the tags, exactly', async () => {
        const { companies } = store();
        await createAll(companies, [
          aCompany(ALICE, { name: 'A', tags: ['remote', 'fintech'] }),
          aCompany(ALICE, { name: 'B', tags: ['Remote'] }),
          aCompany(ALICE, { name: 'C', tags: [] }),
          { id: anObjectId(), user_id: ALICE, name: 'D' },
          aCompany(ALICE, { name: 'E', tags: ['startup', ' remote'] }),
        ]);
        expect(await namesOf(companies, ALICE, { anyTag: ['remote'] })).toEqual(['A']);
        expect(await namesOf(companies, ALICE, { anyTag: ['Remote', 'startup'] })).toEqual(['B', 'E']);
        expect(await namesOf(companies, ALICE, { anyTag: ['%'] })).toEqual([]);
      });

      it('namePrefix is a case-insensitive literal prefix', async () => {
        const { companies } = store();
        await createAll(
          companies,
          ['Google', 'goodyear', 'Ego', 'ÉCOLE 42', '%Percent', 'G_ogle'].map((name) => aCompany(ALICE, { name })),
        );
        expect(await namesOf(companies, ALICE, { namePrefix: 'GOO' })).toEqual(['Google', 'goodyear']);
        expect(await namesOf(companies, ALICE, { namePrefix: 'éco' })).toEqual(['ÉCOLE 42']);
        expect(await namesOf(companies, ALICE, { namePrefix: '%' })).toEqual(['%Percent']);
        expect(await namesOf(companies, ALICE, { namePrefix: 'G_' })).toEqual(['G_ogle']);
        const limited = await companies.findPage(ALICE, { namePrefix: 'g' }, { offset: 0, limit: 2 });
        expect(limited.total).toBe(3);
        expect(limited.items.map((company) => company.name)).toEqual(['G_ogle', 'Google']);
      });

      it('findAll applies the filter too', async () => {
        const { companies } = store();
        await createAll(companies, [
          aCompany(ALICE, { name: 'Zed', is_favorite: true }),
          aCompany(ALICE, { name: 'Amy', is_favorite: false }),
          aCompany(ALICE, { name: 'Bee', is_favorite: true }),
        ]);
        expect((await companies.findAll(ALICE, { isFavorite: true })).map((company) => company.name)).toEqual(['Zed', 'Bee']);
      });
    });

    describe('findByNameIgnoringCase', () => {
      it('matches the whole name ignoring case, literally', async () => {
        const { companies } = store();
        const [google, ecole] = await createAll(companies, [
          aCompany(ALICE, { name: 'Google' }),
          aCompany(ALICE, { name: 'École' }),
          aCompany(ALICE, { name: 'A_B' }),
        ]);
        expect(await companies.findByNameIgnoringCase(ALICE, 'gOOGLE')).toStrictEqual(google);
        expect(await companies.findByNameIgnoringCase(ALICE, 'ÉCOLE')).toStrictEqual(ecole);
        expect(await companies.findByNameIgnoringCase(ALICE, 'Goog')).toBeNull();
        expect(await companies.findByNameIgnoringCase(ALICE, 'Google Inc')).toBeNull();
        expect(await companies.findByNameIgnoringCase(ALICE, 'AxB')).toBeNull();
      });
    });

    describe('update and delete', () => {
      it('applies the change to the current document and persists it', async () => {
        const { companies } = store();
        const original = aCompany(ALICE, { name: 'Old', tags: ['a'] });
        await companies.create(original);
        const updated = await companies.update(ALICE, original.id, (current) => ({
          ...current,
          name: 'New',
          tags: [...(current.tags ?? []), 'b'],
          updated_at: at('2025-07-01T00:00:00.007Z'),
        }));
        expect(updated).toStrictEqual({ ...original, name: 'New', tags: ['a', 'b'], updated_at: at('2025-07-01T00:00:00.007Z') });
        expect(await companies.findById(ALICE, original.id)).toStrictEqual(updated);
        expect(await namesOf(companies, ALICE, { anyTag: ['b'] })).toEqual(['New']);
        expect(await companies.findByNameIgnoringCase(ALICE, 'old')).toBeNull();
        expect(await companies.findByNameIgnoringCase(ALICE, 'new')).toStrictEqual(updated);
      });

      it('keeps the insertion position after an update', async () => {
        const { companies } = store();
        const created = await createAll(companies, ['First', 'Second'].map((name) => aCompany(ALICE, { name })));
        await companies.update(ALICE, created[0]!.id, (current) => ({ ...current, notes: 'edited' }));
        expect((await companies.findAll(ALICE, {})).map((company) => company.name)).toEqual(['First', 'Second']);
      });

      it('returns null for a missing document; an error in the change aborts it', async () => {
        const { companies } = store();
        expect(await companies.update(ALICE, anObjectId(), (current) => current)).toBeNull();
        const original = aCompany(ALICE);
        await companies.create(original);
        await expect(
          companies.update(ALICE, original.id, () => {
            throw new Error('nope');
          }),
        ).rejects.toThrow('nope');
        expect(await companies.findById(ALICE, original.id)).toStrictEqual(original);
      });

      it('concurrent tag appends all land', async () => {
        const { companies } = store();
        const original = aCompany(ALICE, { tags: [] });
        await companies.create(original);
        const tags = Array.from({ length: 10 }, (_, index) => `tag-${index}`);
        await Promise.all(
          tags.map((tag) =>
            companies.update(ALICE, original.id, (current) => ({ ...current, tags: [...(current.tags ?? []), tag] })),
          ),
        );
        expect((await companies.findById(ALICE, original.id))?.tags?.slice().sort()).toEqual(tags.slice().sort());
      });

      it('delete removes one company, then reports it gone', async () => {
        const { companies } = store();
        const doomed = aCompany(ALICE);
        await companies.create(doomed);
        expect(await companies.delete(ALICE, doomed.id)).toBe(true);
        expect(await companies.delete(ALICE, doomed.id)).toBe(false);
        expect(await companies.findById(ALICE, doomed.id)).toBeNull();
      });
    });
  });
}
