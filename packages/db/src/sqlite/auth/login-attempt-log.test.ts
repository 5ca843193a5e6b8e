import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at } from '@jobtracker/core/testing';
import { describeLoginAttemptLog } from '../../test-support/conformance/index.js';
import { openTempSqliteStore } from '../../test-support/temp-sqlite-store.js';
import { openSqliteStore } from '../index.js';

describeLoginAttemptLog('sqlite', openTempSqliteStore);

describe('SqliteLoginAttemptLog', () => {
  it('prunes failures older than the retention on every write', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'jobtracker-db-'));
    const store = await openSqliteStore({ path: join(directory, 'attempts.sqlite3'), loginAttemptRetentionMs: 60 * 60 * 1000, withKysely: true });
    try {
      await store.attempts.recordFailure('account:old@example.com', at('2025-04-01T10:00:00.000Z'));
      await store.attempts.recordFailure('account:edge@example.com', at('2025-04-01T11:00:00.000Z'));
      await store.attempts.recordFailure('client:198.51.100.1', at('2025-04-01T12:00:00.000Z'));
      const rows = await store.db.selectFrom('login_attempts').select(['key', 'at']).orderBy('at').execute();
      expect(rows).toEqual([
        { key: 'account:edge@example.com', at: '2025-04-01T11:00:00.000Z' },
        { key: 'client:198.51.100.1', at: '2025-04-01T12:00:00.000Z' },
      ]);
    } finally {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('is shared by two stores open on one file, as by two processes', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'jobtracker-db-'));
    const path = join(directory, 'shared.sqlite3');
    const first = await openSqliteStore({ path, withKysely: true });
    const second = await openSqliteStore({ path, withKysely: true });
    try {
      const time = at('2025-04-01T10:00:00.000Z');
      await first.attempts.recordFailure('account:ada@example.com', time);
      await second.attempts.recordFailure('account:ada@example.com', time);
      expect(await first.attempts.failuresSince('account:ada@example.com', time)).toHaveLength(2);
      await second.attempts.clear('account:ada@example.com');
      expect(await first.attempts.failuresSince('account:ada@example.com', time)).toEqual([]);
    } finally {
      await first.close();
      await second.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
