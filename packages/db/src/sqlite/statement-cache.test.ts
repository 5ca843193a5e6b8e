import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';
import type { SyncDatabase, SyncStatement } from './sync-database.js';

function countingDatabase() {
  const prepared: string[] = [];
  const database: SyncDatabase = {
    close: () => undefined,
    inTransaction: false,
    prepare: (sql) => {
      prepared.push(sql);
      return { sql } as unknown as SyncStatement;
    },
    prepareArrays: () => {
      throw new Error('not used');
    },
  };
  return { database, prepared };
}

describe('withStatementCache', () => {
  it('prepares each SQL text once and hands back the same statement', () => {
    const { database, prepared } = countingDatabase();
    const cached = withStatementCache(database);
    const first = cached.prepare('select 1');
    expect(cached.prepare('select 1')).toBe(first);
    cached.prepare('select 2');
    expect(prepared).toEqual(['select 1', 'select 2']);
  });

  it('keeps at most 500 statements, dropping the least recently used', () => {
    const { database, prepared } = countingDatabase();
    const cached = withStatementCache(database);
    for (let i = 0; i < 501; i++) cached.prepare(`select ${i}`);
    cached.prepare('select 500');
    cached.prepare('select 0');
    expect(prepared.filter((sql) => sql === 'select 0')).toHaveLength(2);
    expect(prepared.filter((sql) => sql === 'select 500')).toHaveLength(1);
  });
});
