/** Conformance suite for LoginAttemptLog: the failed-login record throttling reads. Any adapter
 * must pass it unchanged. */
import { describe, expect, it } from 'vitest';
import { at } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

const sortedTimes = (dates: Date[]): number[] => dates.map((date) => date.getTime()).sort((a, b) => a - b);

export function describeLoginAttemptLog(name: string, open: OpenStore<'attempts'>): void {
  describe(`LoginAttemptLog (${name})`, () => {
    const store = useFreshStore(open);

    it("answers one key's failures at or after `since`, as dates with their milliseconds", async () => {
      const { attempts } = store();
      const times = [at('2025-04-01T10:00:00.001Z'), at('2025-04-01T10:05:00.002Z'), at('2025-04-01T10:10:00.003Z')];
      for (const time of times) await attempts.recordFailure('account:ada@example.com', time);
      await attempts.recordFailure('client:203.0.113.9', times[1]!);

      const since = await attempts.failuresSince('account:ada@example.com', times[1]!);
      expect(since.every((date) => date instanceof Date)).toBe(true);
      expect(sortedTimes(since)).toEqual([times[1]!.getTime(), times[2]!.getTime()]);
      expect(await attempts.failuresSince('account:ada@example.com', at('2025-04-01T10:10:00.004Z'))).toEqual([]);
      expect(sortedTimes(await attempts.failuresSince('client:203.0.113.9', times[0]!))).toEqual([times[1]!.getTime()]);
      expect(await attempts.failuresSince('account:nobody@example.com', times[0]!)).toEqual([]);
    });

    it('counts failures at the same instant separately', async () => {
      const { attempts } = store();
      const time = at('2025-04-01T10:00:00.000Z');
      await attempts.recordFailure('client:198.51.100.1', time);
      await attempts.recordFailure('client:198.51.100.1', time);
      expect(await attempts.failuresSince('client:198.51.100.1', time)).toHaveLength(2);
    });

    it('clear forgets one key and keeps the others', async () => {
      const { attempts } = store();
      const time = at('2025-04-01T10:00:00.000Z');
      await attempts.recordFailure('account:ada@example.com', time);
      await attempts.recordFailure('client:198.51.100.1', time);
      await attempts.clear('account:ada@example.com');
      await attempts.clear('account:never-failed@example.com');
      expect(await attempts.failuresSince('account:ada@example.com', time)).toEqual([]);
      expect(await attempts.failuresSince('client:198.51.100.1', time)).toHaveLength(1);
    });

    it('matches keys as literal, case-sensitive text', async () => {
      const { attempts } = store();
      const time = at('2025-04-01T10:00:00.000Z');
      await attempts.recordFailure('account:a.b@example.com', time);
      for (const other of ['account:aXb@example.com', 'account:.*', 'account:a%', 'ACCOUNT:a.b@example.com', 'account:a.b@example.co']) {
        expect(await attempts.failuresSince(other, time)).toEqual([]);
      }
      await attempts.clear('account:.*');
      expect(await attempts.failuresSince('account:a.b@example.com', time)).toHaveLength(1);
    });

    it('concurrent failures all count', async () => {
      const { attempts } = store();
      const start = at('2025-04-01T10:00:00.000Z');
      await Promise.all(
        Array.from({ length: 20 }, (_, index) => attempts.recordFailure('account:ada@example.com', new Date(start.getTime() + index))),
      );
      expect(await attempts.failuresSince('account:ada@example.com', start)).toHaveLength(20);
    });
  });
}
