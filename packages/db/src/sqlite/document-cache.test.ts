import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { anApplication, anObjectId } from '@jobtracker/core/testing';
import { openSqliteStore, type SqliteStoreWithKysely as SqliteStore } from './index.js';
import { applicationToRow } from './applications/application.mapper.js';
import { DocumentCache } from './document-cache.js';

describe('DocumentCache', () => {
  it('answers the kept document, frozen, while the stamp is the same; nothing once it changed', () => {
    const cache = new DocumentCache<{ n: number; list: number[] }>();
    const kept = cache.keep('a', 1, 7, { n: 1, list: [1] });
    expect(cache.find('a', 1, 7)).toBe(kept);
    expect(Object.isFrozen(kept) && Object.isFrozen(kept.list)).toBe(true);
    expect(() => kept.list.push(2)).toThrow(TypeError);
    expect(cache.find('a', 1, 8)).toBeUndefined();
    // Another owner under the same id is another document.
    expect(cache.find('a', 2, 7)).toBeUndefined();
    // Stored text works as a stamp too.
    cache.keep('b', 1, '{"n":2}', { n: 2, list: [] });
    expect(cache.find('b', 1, '{"n":2}')?.n).toBe(2);
    expect(cache.find('b', 1, '{"n":3}')).toBeUndefined();
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const cache = new DocumentCache<string>(2);
    cache.keep('a', 1, 1, 'A');
    cache.keep('b', 1, 1, 'B');
    expect(cache.find('a', 1, 1)).toBe('A');
    cache.keep('c', 1, 1, 'C');
    expect(cache.find('b', 1, 1)).toBeUndefined();
    expect(cache.find('a', 1, 1)).toBe('A');
    expect(cache.find('c', 1, 1)).toBe('C');
  });
});

describe('documents read through the cache (SQLite)', () => {
  const stores: SqliteStore[] = [];
  let directory = '';
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    rmSync(directory, { recursive: true, force: true });
  });
  async function twoProcesses(): Promise<[SqliteStore, SqliteStore]> {
    directory = mkdtempSync(join(tmpdir(), 'jobtracker-doc-cache-'));
    const path = join(directory, 'cache.sqlite3');
    const first = await openSqliteStore({ path, withKysely: true });
    const second = await openSqliteStore({ path, withKysely: true });
    stores.push(first, second);
    return [first, second];
  }

  it("see another process's update at once, and hand `change` a copy it may modify", async () => {
    const [first, second] = await twoProcesses();
    const original = anApplication(1, { notes: 'before', created_at: new Date('2025-06-01T00:00:00.000Z') });
    await first.applications.create(original);
    const read = await first.applications.findById(1, original.id);
    expect(read?.notes).toBe('before');
    expect((await first.applications.findPage(1, {}, { offset: 0, limit: 20 })).items[0]).toBe(read);

    await second.applications.update(1, original.id, (current) => {
      current.notes = 'after';
      current.timeline!.push({ event_type: 'note', title: 'added in place' });
      return current;
    });
    const reread = await first.applications.findById(1, original.id);
    expect(reread?.notes).toBe('after');
    expect(reread?.timeline?.at(-1)?.title).toBe('added in place');
    expect(await first.applications.findById(2, original.id)).toBeNull();
    expect(await first.applications.findById(1, anObjectId())).toBeNull();
  });

  it('see a write that did not set the version (another program on the file): triggers give it one', async () => {
    const [first, second] = await twoProcesses();
    const original = anApplication(1, { notes: 'before', created_at: new Date('2025-06-01T00:00:00.000Z') });
    await first.applications.create(original);
    expect((await first.applications.findPage(1, {}, { offset: 0, limit: 20 })).items[0]?.notes).toBe('before');
    const raw = await second.db.selectFrom('applications').select(['doc', 'version']).where('id', '=', original.id).executeTakeFirstOrThrow();
    const doc = { ...(JSON.parse(raw.doc) as Record<string, unknown>), notes: 'changed elsewhere' };
    await second.db.updateTable('applications').set({ doc: JSON.stringify(doc) }).where('id', '=', original.id).execute();
    const after = await second.db.selectFrom('applications').select('version').where('id', '=', original.id).executeTakeFirstOrThrow();
    expect(after.version).not.toBe(raw.version);
    expect((await first.applications.findById(1, original.id))?.notes).toBe('changed elsewhere');
    expect((await first.applications.findPage(1, {}, { offset: 0, limit: 20 })).items[0]?.notes).toBe('changed elsewhere');

    const inserted = anApplication(1, { notes: 'inserted elsewhere', created_at: new Date('2025-06-02T00:00:00.000Z') });
    const { version: _version, ...row } = { ...applicationToRow(inserted), version: 0 };
    await second.db.insertInto('applications').values(row).execute();
    const stamped = await second.db.selectFrom('applications').select('version').where('id', '=', inserted.id).executeTakeFirstOrThrow();
    expect(stamped.version).toBeGreaterThan(0);
    expect((await first.applications.findPage(1, {}, { offset: 0, limit: 20 })).items.map((item) => item.notes)).toEqual(['inserted elsewhere', 'changed elsewhere']);
  });
});
