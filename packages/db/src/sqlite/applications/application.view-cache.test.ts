import { anApplication, aNewUser } from '@jobtracker/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../open-sqlite.js';
import { openTempSqliteStore, type TempSqliteStore } from '../../test-support/temp-sqlite-store.js';
import { ApplicationViewCache } from './application.view-cache.js';
import { findApplicationViews } from './application.views.js';

let store: TempSqliteStore;
let userId: number;
beforeEach(async () => {
  store = await openTempSqliteStore();
  userId = (await store.users.create(aNewUser()))!.id;
});
afterEach(async () => {
  await store.close();
});

/** A loader that counts how often the views were really read. */
function countingLoader(fields: Parameters<typeof findApplicationViews>[1]['fields']) {
  const loader = { reads: 0, load: () => ((loader.reads += 1), findApplicationViews(store.db, { userId, filter: {}, fields })) };
  return loader;
}

describe('the view cache', () => {
  it('reads the views once while the user\'s applications do not change, and again after any write', async () => {
    const cache = new ApplicationViewCache(store.db);
    const loader = countingLoader(['id']);
    await store.applications.create(anApplication(userId));
    const first = await cache.views(userId, ['id'], loader.load);
    expect(await cache.views(userId, ['id'], loader.load)).toEqual(first);
    expect(loader.reads).toBe(1);
    const other = (await store.users.create(aNewUser()))!.id;
    await store.applications.create(anApplication(other));
    await cache.views(userId, ['id'], loader.load);
    expect(loader.reads).toBe(1);
    await store.applications.update(userId, first[0]!.id!, (current) => ({ ...current, notes: 'x' }));
    await cache.views(userId, ['id'], loader.load);
    expect(loader.reads).toBe(2);
  });

  it('shares one read between requests that miss together', async () => {
    const cache = new ApplicationViewCache(store.db);
    const loader = countingLoader(['id']);
    await store.applications.create(anApplication(userId));
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => cache.views(userId, ['id'], loader.load)));
    expect(loader.reads).toBe(1);
    expect(a).toEqual(b);
    expect(b).toEqual(c);
    expect(a).not.toBe(b);
  });

  it('sees writes made through another connection (another process) at once', async () => {
    const second: SqliteStore = await openSqliteStore({ path: store.path });
    try {
      expect(await store.applications.findViews(userId, {}, ['id'])).toEqual([]);
      const application = anApplication(userId);
      await second.applications.create(application);
      expect(await store.applications.findViews(userId, {}, ['id'])).toEqual([{ id: application.id, company: { name: 'Google' } }]);
      await second.applications.delete(userId, application.id);
      expect(await store.applications.findViews(userId, {}, ['id'])).toEqual([]);
    } finally {
      await second.db.destroy();
    }
  });

  it('keeps no more views than its limit, dropping the least recently used', async () => {
    const cache = new ApplicationViewCache(store.db, 2);
    await store.applications.create(anApplication(userId));
    const a = countingLoader(['id']);
    const b = countingLoader(['created_at']);
    const c = countingLoader(['job.title']);
    await cache.views(userId, ['id'], a.load);
    await cache.views(userId, ['created_at'], b.load);
    await cache.views(userId, ['id'], a.load);
    await cache.views(userId, ['job.title'], c.load);
    await cache.views(userId, ['id'], a.load);
    await cache.views(userId, ['created_at'], b.load);
    expect([a.reads, b.reads, c.reads]).toEqual([1, 2, 1]);
  });
});
