import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { anApplication, anObjectId } from '@jobtracker/core/testing';
import { openSqliteStore, type SqliteStore } from './index.js';
import { DocumentCache } from './document-cache.js';

describe('DocumentCache', () => {
  it('answers the same frozen document while the stored text is the same, a new one once it changed', () => {
    let parsed = 0;
    const cache = new DocumentCache((row) => {
      parsed += 1;
      return { ...(JSON.parse(row.doc) as { n: number; list: number[] }), id: row.id, user_id: row.user_id };
    });
    const first = cache.fromRow({ id: 'a', user_id: 1, doc: '{"n":1,"list":[1]}' });
    expect(cache.fromRow({ id: 'a', user_id: 1, doc: '{"n":1,"list":[1]}' })).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.list)).toBe(true);
    expect(() => (first.list as number[]).push(2)).toThrow(TypeError);
    const changed = cache.fromRow({ id: 'a', user_id: 1, doc: '{"n":2,"list":[1]}' });
    expect(changed.n).toBe(2);
    // Another owner under the same id is another document.
    expect(cache.fromRow({ id: 'a', user_id: 2, doc: '{"n":2,"list":[1]}' }).user_id).toBe(2);
    expect(parsed).toBe(3);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    let parsed = 0;
    const cache = new DocumentCache((row) => ({ id: row.id, user_id: row.user_id, parsed: ++parsed }), 2);
    const row = (id: string) => ({ id, user_id: 1, doc: '{}' });
    cache.fromRow(row('a'));
    cache.fromRow(row('b'));
    cache.fromRow(row('a'));
    cache.fromRow(row('c'));
    expect(parsed).toBe(3);
    cache.fromRow(row('a'));
    expect(parsed).toBe(3);
    cache.fromRow(row('b'));
    expect(parsed).toBe(4);
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
    const first = await openSqliteStore({ path });
    const second = await openSqliteStore({ path });
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
});
