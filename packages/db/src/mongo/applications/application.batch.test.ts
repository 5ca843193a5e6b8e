import { describe, expect, it } from 'vitest';
import { anApplication } from '@jobtracker/core/testing';
import { describeApplicationBatches } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';
import { COLLECTIONS } from '../collections.js';

describeApplicationBatches('mongo over mingo', () => openMingoStore());

describe('createMany on MongoDB without transactions', () => {
  it('counts a row another process stored first as skipped: the unique index decides the race', async () => {
    const store = await openMingoStore();
    const winner = anApplication(1, { import_fingerprint: 'same-row' });
    // The other import lands between this call's fingerprint lookup and its insert.
    const collection = store.db.collection(COLLECTIONS.applications);
    const find = collection.find.bind(collection);
    let raced = false;
    collection.find = (filter, options) => {
      const cursor = find(filter, options);
      if (raced || !JSON.stringify(filter).includes('import_fingerprint')) return cursor;
      raced = true;
      return { toArray: async () => {
        const before = await cursor.toArray();
        await store.applications.create(winner);
        return before;
      } };
    };
    const result = await store.applications.createMany(1, [anApplication(1, { import_fingerprint: 'same-row' }), anApplication(1, { import_fingerprint: 'other' })]);
    expect(result).toEqual({ created: 1, skipped: 1 });
    expect(await store.applications.findImportFingerprints(1, ['same-row', 'other'])).toEqual(new Set(['same-row', 'other']));
    expect((await store.applications.findPage(1, {}, { offset: 0, limit: null })).total).toBe(2);
  });
});
