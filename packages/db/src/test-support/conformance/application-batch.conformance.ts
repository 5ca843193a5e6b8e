/** Conformance suite for the batch part of ApplicationRepository (imports and restores): all or
 * nothing, and idempotent by import fingerprint. Any adapter must pass it unchanged. */
import type { Application } from '@jobtracker/core';
import { describe, expect, it } from 'vitest';
import { anApplication, at } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

const ALICE = 1;
const BOB = 2;

const imported = (userId: number, fingerprint: string | undefined, title = 'Engineer'): Application =>
  anApplication(userId, { job: { title, currency: 'USD' }, ...(fingerprint === undefined ? {} : { import_fingerprint: fingerprint }) });

async function* slowly(applications: Application[], failAfter?: number): AsyncGenerator<Application> {
  for (const [index, application] of applications.entries()) {
    if (index === failAfter) throw new Error('the source broke');
    await new Promise((resolve) => setImmediate(resolve));
    yield application;
  }
}

export function describeApplicationBatches(name: string, open: OpenStore<'applications'>): void {
  describe(`ApplicationRepository batches (${name})`, () => {
    const store = useFreshStore(open);
    const total = async (userId: number) => (await store().applications.findPage(userId, {}, { offset: 0, limit: 1 })).total;

    it('stores a batch from an iterable or a stream, each document round-tripping', async () => {
      const { applications } = store();
      const batch = [imported(ALICE, 'a'), imported(ALICE, undefined), imported(ALICE, 'b')];
      expect(await applications.createMany(ALICE, batch)).toEqual({ created: 3, skipped: 0 });
      for (const application of batch) expect(await applications.findById(ALICE, application.id)).toStrictEqual(application);
      expect(await applications.createMany(ALICE, slowly([imported(ALICE, 'c'), imported(ALICE, 'd')]))).toEqual({ created: 2, skipped: 0 });
      expect(await total(ALICE)).toBe(5);
      expect(await applications.createMany(ALICE, [])).toEqual({ created: 0, skipped: 0 });
    });

    it('skips fingerprints the user already has, or that repeat within the call, per user', async () => {
      const { applications } = store();
      await applications.createMany(ALICE, [imported(ALICE, 'a'), imported(ALICE, 'b')]);
      const again = [imported(ALICE, 'a'), imported(ALICE, 'c'), imported(ALICE, 'c'), imported(ALICE, undefined), imported(ALICE, undefined)];
      expect(await applications.createMany(ALICE, again)).toEqual({ created: 3, skipped: 2 });
      expect(await applications.createMany(BOB, [imported(BOB, 'a')])).toEqual({ created: 1, skipped: 0 });
      expect(await total(ALICE)).toBe(5);
      expect(await applications.findImportFingerprints(ALICE, ['a', 'b', 'c', 'z', 'a'])).toEqual(new Set(['a', 'b', 'c']));
      expect(await applications.findImportFingerprints(BOB, ['b', 'c'])).toEqual(new Set());
      expect(await applications.findImportFingerprints(ALICE, [])).toEqual(new Set());
    });

    it('stores nothing when the source fails part-way, or an application is not the user’s', async () => {
      const { applications } = store();
      await applications.createMany(ALICE, [imported(ALICE, 'kept')]);
      const many = Array.from({ length: 1200 }, (_, index) => imported(ALICE, `row-${index}`));
      await expect(applications.createMany(ALICE, slowly(many, 1100))).rejects.toThrow('the source broke');
      expect(await total(ALICE)).toBe(1);
      expect(await applications.findImportFingerprints(ALICE, ['row-0', 'row-999'])).toEqual(new Set());
      await expect(applications.createMany(ALICE, [imported(ALICE, 'x'), imported(BOB, 'y')])).rejects.toThrow();
      expect(await total(ALICE)).toBe(1);
      expect(await total(BOB)).toBe(0);
    });

    it('keeps fingerprints through updates, and forgets them with the application', async () => {
      const { applications } = store();
      const [first] = [imported(ALICE, 'f')];
      await applications.createMany(ALICE, [first!]);
      const updated = await applications.update(ALICE, first!.id, (current) => ({ ...current, notes: 'edited', updated_at: at('2025-06-01T00:00:00Z') }));
      expect(updated?.import_fingerprint).toBe('f');
      expect(await applications.createMany(ALICE, [imported(ALICE, 'f')])).toEqual({ created: 0, skipped: 1 });
      await applications.delete(ALICE, first!.id);
      expect(await applications.createMany(ALICE, [imported(ALICE, 'f')])).toEqual({ created: 1, skipped: 0 });
    });
  });
}
