/** Conformance suite for ApplicationRepository: any adapter must pass it unchanged. */
import type { Application, ApplicationFilter, ApplicationRepository } from '@jobtracker/core';
import { describe, expect, it } from 'vitest';
import { aMinimalApplication, anApplication, anObjectId, at } from '@jobtracker/core/testing';
import { createInOrder } from './application-fixtures.js';
import { useFreshStore, type OpenStore } from './fixture.js';

const ALICE = 1;
const BOB = 2;

async function idsOf(repository: ApplicationRepository, userId: number, filter: ApplicationFilter): Promise<string[]> {
  const { items } = await repository.findPage(userId, filter, { offset: 0, limit: null });
  return items.map((application) => application.id);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

export function describeApplicationRepository(name: string, open: OpenStore<'applications'>): void {
  describe(`ApplicationRepository (${name})`, () => {
    const store = useFreshStore(open);

    describe('round-trips', () => {
      it('keeps every field of a full document, dates as Date objects', async () => {
        const { applications } = store();
        const full = anApplication(ALICE);
        await applications.create(full);
        const found = await applications.findById(ALICE, full.id);
        expect(found).toStrictEqual(full);
        expect(found?.application?.applied_date).toBeInstanceOf(Date);
        expect(found?.timeline?.[0]?.date).toBeInstanceOf(Date);
        expect(found?.attachments?.[0]?.uploaded_at).toBeInstanceOf(Date);
        expect(found?.created_at?.getTime()).toBe(full.created_at?.getTime());
      });

      it('keeps absent keys absent', async () => {
        const { applications } = store();
        const minimal = aMinimalApplication(ALICE);
        await applications.create(minimal);
        const found = await applications.findById(ALICE, minimal.id);
        expect(found).toStrictEqual(minimal);
        const optionalKeys = ['application', 'requirements', 'timeline', 'attachments', 'notes', 'is_favorite'];
        for (const key of [...optionalKeys, 'created_at', 'updated_at']) {
          expect(found).not.toHaveProperty(key);
        }
      });

      it('keeps explicit nulls null and nested absent keys absent', async () => {
        const { applications } = store();
        const withNulls = anApplication(ALICE, {
          job: { title: 'Dev', salary_min: null, salary_max: null },
          application: { applied_date: null, status: null },
          requirements: { years_experience: null },
          timeline: [{ date: null, event_type: null, title: 'Unknown' }, { title: 'No date' }],
          attachments: [],
        });
        await applications.create(withNulls);
        const found = await applications.findById(ALICE, withNulls.id);
        expect(found).toStrictEqual(withNulls);
        expect(found?.application).toStrictEqual({ applied_date: null, status: null });
        expect(found?.timeline?.[1]).not.toHaveProperty('date');
        expect(found?.requirements).not.toHaveProperty('skills_required');
      });

      it('answers null for an unknown id', async () => {
        expect(await store().applications.findById(ALICE, anObjectId())).toBeNull();
      });
    });

    describe('user isolation', () => {
      it("never shows or touches another user's documents", async () => {
        const { applications } = store();
        const alices = anApplication(ALICE, { company: { name: 'Shared' }, application: { status: 'offer' } });
        await applications.create(alices);

        expect(await applications.findById(BOB, alices.id)).toBeNull();
        expect(await applications.findPage(BOB, {}, { offset: 0, limit: null })).toStrictEqual({ total: 0, items: [] });
        expect(await collect(applications.stream(BOB, {}))).toEqual([]);
        expect(await applications.countByStatus(BOB)).toEqual([]);
        expect(await applications.countByCompanyNames(BOB, ['Shared'])).toEqual(new Map([['Shared', 0]]));
        expect(await applications.update(BOB, alices.id, (current) => ({ ...current, notes: 'hijacked' }))).toBeNull();
        expect(await applications.delete(BOB, alices.id)).toBe(false);
        expect(await applications.deleteAllOfUser(BOB)).toBe(0);

        expect(await applications.findById(ALICE, alices.id)).toStrictEqual(alices);
      });
    });

    describe('findPage', () => {
      it('lists newest first with offset, limit and the total', async () => {
        const { applications } = store();
        const created = await createInOrder(
          applications,
          Array.from({ length: 5 }, () => aMinimalApplication(ALICE)),
        );
        const newestFirst = created.map((application) => application.id).reverse();

        const first = await applications.findPage(ALICE, {}, { offset: 0, limit: 2 });
        expect(first.total).toBe(5);
        expect(first.items.map((item) => item.id)).toEqual(newestFirst.slice(0, 2));
        const last = await applications.findPage(ALICE, {}, { offset: 4, limit: 2 });
        expect(last.items.map((item) => item.id)).toEqual(newestFirst.slice(4));
        const past = await applications.findPage(ALICE, {}, { offset: 10, limit: 2 });
        expect(past).toStrictEqual({ total: 5, items: [] });
        const unlimited = await applications.findPage(ALICE, {}, { offset: 1, limit: null });
        expect(unlimited.items.map((item) => item.id)).toEqual(newestFirst.slice(1));
        expect(unlimited.items[0]).toStrictEqual(created[3]);
      });

      it('puts documents without created_at last', async () => {
        const { applications } = store();
        const undated = aMinimalApplication(ALICE);
        await applications.create(undated);
        const [dated] = await createInOrder(applications, [aMinimalApplication(ALICE)]);
        expect(await idsOf(applications, ALICE, {})).toEqual([dated!.id, undated.id]);
      });

      it('breaks created_at ties by id, highest first, in findPage, stream and findViews', async () => {
        const { applications } = store();
        const sameTime = at('2025-02-01T00:00:00.000Z');
        // Inserted in an order that is neither ascending nor descending by id; two are undated.
        const dated = ['65bae000000000000000b002', '65bae000000000000000a001', '65bae000000000000000c003'];
        const undated = ['65bae000000000000000e005', '65bae000000000000000d004'];
        for (const id of dated) await applications.create(aMinimalApplication(ALICE, { id, company: { name: id }, created_at: sameTime }));
        for (const id of undated) await applications.create(aMinimalApplication(ALICE, { id, company: { name: id } }));
        const expected = [...[...dated].sort().reverse(), ...[...undated].sort().reverse()];
        expect(await idsOf(applications, ALICE, {})).toEqual(expected);
        expect((await collect(applications.stream(ALICE, {}))).map((item) => item.id)).toEqual(expected);
        expect((await applications.findViews(ALICE, {}, [])).map((view) => view.company.name)).toEqual(expected);
      });

      it('filters by exact, case-sensitive status and company name', async () => {
        const { applications } = store();
        const [applied, interview, upper, noStatus] = await createInOrder(applications, [
          aMinimalApplication(ALICE, { company: { name: 'Acme' }, application: { status: 'applied' } }),
          aMinimalApplication(ALICE, { company: { name: 'Acme Corp' }, application: { status: 'interview' } }),
          aMinimalApplication(ALICE, { company: { name: 'acme' }, application: { status: 'Applied' } }),
          aMinimalApplication(ALICE, { company: { name: 'Acme' } }),
        ]);
        expect(await idsOf(applications, ALICE, { status: 'applied' })).toEqual([applied!.id]);
        expect(await idsOf(applications, ALICE, { status: 'interview' })).toEqual([interview!.id]);
        expect(await idsOf(applications, ALICE, { companyName: 'Acme' })).toEqual([noStatus!.id, applied!.id]);
        expect(await idsOf(applications, ALICE, { companyName: 'acme' })).toEqual([upper!.id]);
      });

      it('matches company, job title and any-text terms as case-insensitive literal substrings', async () => {
        const { applications } = store();
        const [plain, symbols, french, noted] = await createInOrder(applications, [
          aMinimalApplication(ALICE, { company: { name: 'Globex' }, job: { title: 'Data Engineer' } }),
          aMinimalApplication(ALICE, { company: { name: 'A(B)[C] 100% x_y .* Ltd' }, job: { title: 'C++ Dev' } }),
          aMinimalApplication(ALICE, { company: { name: 'école Polytechnique' }, job: { title: 'Chercheur' } }),
          aMinimalApplication(ALICE, { company: { name: 'Initech' }, job: { title: 'Tester' }, notes: 'Met GLOBEX people' }),
        ]);
        expect(await idsOf(applications, ALICE, { companyContains: 'LOBE' })).toEqual([plain!.id]);
        expect(await idsOf(applications, ALICE, { jobTitleContains: 'engineer' })).toEqual([plain!.id]);
        expect(await idsOf(applications, ALICE, { companyContains: 'ÉCOLE' })).toEqual([french!.id]);
        expect(await idsOf(applications, ALICE, { jobTitleContains: 'c++' })).toEqual([symbols!.id]);
        for (const literal of ['(', 'b)[c', '[', '%', '_', '.*', '100%']) {
          expect(await idsOf(applications, ALICE, { companyContains: literal })).toEqual([symbols!.id]);
        }
        // Pattern syntax never acts as a pattern.
        for (const pattern of ['.', '%Globex', 'G_obex', 'Glo*', '^Globex', '[gG]lobex']) {
          expect(await idsOf(applications, ALICE, { companyContains: pattern })).toEqual(
            pattern === '.' ? [symbols!.id] : [],
          );
        }
        expect(await idsOf(applications, ALICE, { anyTextContains: 'globex' })).toEqual([noted!.id, plain!.id]);
        expect(await idsOf(applications, ALICE, { anyTextContains: 'TESTER' })).toEqual([noted!.id]);
      });

      it('filters favorites; a document without the key is neither', async () => {
        const { applications } = store();
        const [favorite, ordinary] = await createInOrder(applications, [
          aMinimalApplication(ALICE, { is_favorite: true }),
          aMinimalApplication(ALICE, { is_favorite: false }),
          aMinimalApplication(ALICE),
        ]);
        expect(await idsOf(applications, ALICE, { isFavorite: true })).toEqual([favorite!.id]);
        expect(await idsOf(applications, ALICE, { isFavorite: false })).toEqual([ordinary!.id]);
      });

      it('combines filters with AND and counts only the matches', async () => {
        const { applications } = store();
        const [match] = await createInOrder(applications, [
          aMinimalApplication(ALICE, { company: { name: 'Acme' }, application: { status: 'offer' }, is_favorite: true }),
          aMinimalApplication(ALICE, { company: { name: 'Acme' }, application: { status: 'offer' }, is_favorite: false }),
          aMinimalApplication(ALICE, { company: { name: 'Other' }, application: { status: 'offer' }, is_favorite: true }),
        ]);
        const page = await applications.findPage(
          ALICE,
          { status: 'offer', companyContains: 'acm', isFavorite: true },
          { offset: 0, limit: 20 },
        );
        expect(page.total).toBe(1);
        expect(page.items.map((item) => item.id)).toEqual([match!.id]);
      });
    });

    describe('stream', () => {
      it('yields every match newest first across batch boundaries', async () => {
        const { applications } = store();
        const sameTime = at('2025-02-01T00:00:00.000Z');
        const created: Application[] = [];
        // More than one batch, with ties on created_at and documents without it.
        for (let index = 0; index < 1203; index += 1) {
          const application = aMinimalApplication(ALICE, {
            application: { status: index % 3 === 0 ? 'offer' : 'applied' },
          });
          if (index % 100 !== 0) {
            application.created_at = index % 7 === 0 ? sameTime : new Date(sameTime.getTime() + index * 1000);
          }
          created.push(application);
        }
        for (const application of created) await applications.create(application);
        await applications.create(aMinimalApplication(BOB));

        const streamed = await collect(applications.stream(ALICE, {}));
        const paged = (await applications.findPage(ALICE, {}, { offset: 0, limit: null })).items;
        expect(streamed).toHaveLength(1203);
        expect(new Set(streamed.map((item) => item.id)).size).toBe(1203);
        expect(streamed.map((item) => item.created_at?.getTime() ?? null)).toEqual(
          paged.map((item) => item.created_at?.getTime() ?? null),
        );
        const timestamps = streamed.map((item) => item.created_at?.getTime() ?? -Infinity);
        expect(timestamps).toEqual([...timestamps].sort((a, b) => b - a));

        const offers = await collect(applications.stream(ALICE, { status: 'offer' }));
        expect(offers).toHaveLength(401);
        expect(offers.every((item) => item.application?.status === 'offer')).toBe(true);
      });
    });

    describe('update', () => {
      it('applies the change to the current document and persists it', async () => {
        const { applications } = store();
        const original = anApplication(ALICE);
        await applications.create(original);
        const updated = await applications.update(ALICE, original.id, (current) => ({
          ...current,
          application: { ...current.application, status: 'interview' },
          updated_at: at('2025-06-01T00:00:00.001Z'),
        }));
        expect(updated?.application?.status).toBe('interview');
        expect(updated?.updated_at).toStrictEqual(at('2025-06-01T00:00:00.001Z'));
        expect(await applications.findById(ALICE, original.id)).toStrictEqual(updated);
        expect(await applications.findPage(ALICE, { status: 'interview' }, { offset: 0, limit: 20 })).toMatchObject({ total: 1 });
        expect(await applications.findPage(ALICE, { status: 'applied' }, { offset: 0, limit: 20 })).toMatchObject({ total: 0 });
      });

      it('can remove keys and keeps the id and owner whatever the change returns', async () => {
        const { applications } = store();
        const original = anApplication(ALICE);
        await applications.create(original);
        const { notes: _notes, ...withoutNotes } = original;
        const updated = await applications.update(ALICE, original.id, () => ({
          ...withoutNotes,
          id: anObjectId(),
          user_id: BOB,
        }));
        expect(updated).toStrictEqual(withoutNotes);
        expect(await applications.findById(ALICE, original.id)).toStrictEqual(withoutNotes);
        expect(await applications.findPage(BOB, {}, { offset: 0, limit: null })).toMatchObject({ total: 0 });
      });

      it('returns null for a missing document', async () => {
        expect(await store().applications.update(ALICE, anObjectId(), (current) => current)).toBeNull();
      });

      it('an error thrown by the change aborts it', async () => {
        const { applications } = store();
        const original = anApplication(ALICE);
        await applications.create(original);
        await expect(
          applications.update(ALICE, original.id, () => {
            throw new Error('invalid transition');
          }),
        ).rejects.toThrow('invalid transition');
        expect(await applications.findById(ALICE, original.id)).toStrictEqual(original);
      });

      it('concurrent appends to the timeline all land', async () => {
        const { applications } = store();
        const original = anApplication(ALICE, { timeline: [] });
        await applications.create(original);
        const titles = Array.from({ length: 10 }, (_, index) => `event ${index}`);
        await Promise.all(
          titles.map((title) =>
            applications.update(ALICE, original.id, (current) => ({
              ...current,
              timeline: [...(current.timeline ?? []), { title, date: at('2025-06-01T00:00:00Z') }],
            })),
          ),
        );
        const found = await applications.findById(ALICE, original.id);
        expect(found?.timeline?.map((event) => event.title).sort()).toEqual(titles.slice().sort());
      });
    });

    describe('delete', () => {
      it('deletes one document, then reports it gone', async () => {
        const { applications } = store();
        const doomed = aMinimalApplication(ALICE);
        const kept = aMinimalApplication(ALICE);
        await applications.create(doomed);
        await applications.create(kept);
        expect(await applications.delete(ALICE, doomed.id)).toBe(true);
        expect(await applications.delete(ALICE, doomed.id)).toBe(false);
        expect(await applications.findById(ALICE, doomed.id)).toBeNull();
        expect(await applications.findById(ALICE, kept.id)).not.toBeNull();
      });

      it("deleteAllOfUser deletes only that user's documents and counts them", async () => {
        const { applications } = store();
        for (let index = 0; index < 3; index += 1) await applications.create(aMinimalApplication(ALICE));
        const bobs = aMinimalApplication(BOB);
        await applications.create(bobs);
        expect(await applications.deleteAllOfUser(ALICE)).toBe(3);
        expect((await applications.findPage(ALICE, {}, { offset: 0, limit: null })).total).toBe(0);
        expect(await applications.findById(BOB, bobs.id)).not.toBeNull();
      });
    });

    describe('counts', () => {
      it('countByStatus counts each status, absent and null ones as null', async () => {
        const { applications } = store();
        await createInOrder(applications, [
          aMinimalApplication(ALICE, { application: { status: 'applied' } }),
          aMinimalApplication(ALICE, { application: { status: 'applied' } }),
          aMinimalApplication(ALICE, { application: { status: 'offer' } }),
          aMinimalApplication(ALICE, { application: { status: null } }),
          aMinimalApplication(ALICE, { application: {} }),
          aMinimalApplication(ALICE),
          aMinimalApplication(BOB, { application: { status: 'rejected' } }),
        ]);
        const counts = await applications.countByStatus(ALICE);
        const byStatus = (status: string | null) => counts.filter((count) => count.status === status);
        expect(counts).toHaveLength(3);
        expect(byStatus('applied')).toEqual([{ status: 'applied', count: 2 }]);
        expect(byStatus('offer')).toEqual([{ status: 'offer', count: 1 }]);
        expect(byStatus(null)).toEqual([{ status: null, count: 3 }]);
      });

      it('countByCompanyNames counts exact names, one entry per requested name', async () => {
        const { applications } = store();
        await createInOrder(applications, [
          aMinimalApplication(ALICE, { company: { name: 'Acme' } }),
          aMinimalApplication(ALICE, { company: { name: 'Acme' } }),
          aMinimalApplication(ALICE, { company: { name: 'acme' } }),
          aMinimalApplication(ALICE, { company: { name: 'Globex' } }),
          aMinimalApplication(BOB, { company: { name: 'Acme' } }),
        ]);
        expect(await applications.countByCompanyNames(ALICE, ['Acme', 'Initech', 'acme'])).toEqual(
          new Map([
            ['Acme', 2],
            ['Initech', 0],
            ['acme', 1],
          ]),
        );
        expect(await applications.countByCompanyNames(ALICE, [])).toEqual(new Map());
      });
    });
  });
}
