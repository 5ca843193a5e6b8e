/** Conformance suite for UserSettingsRepository: any adapter must pass it unchanged. */
import type { UserSettings } from '@jobtracker/core';
import { describe, expect, it } from 'vitest';
import { aHashId, aNewUser, at } from '@jobtracker/core/testing';
import { useFreshStore, type OpenStore } from './fixture.js';

export function describeUserSettingsRepository(name: string, open: OpenStore<'users' | 'userSettings'>): void {
  describe(`UserSettingsRepository (${name})`, () => {
    const store = useFreshStore(open);

    async function aUserId(): Promise<number> {
      return (await store().users.create(aNewUser()))!.id;
    }

    const record = (userId: number, overrides: Partial<UserSettings> = {}): UserSettings => ({
      user_id: userId,
      silence_days: 21,
      weekly_goal: 0,
      calendar_secret_hash: null,
      updated_at: at('2025-06-01T12:00:00.123Z'),
      ...overrides,
    });

    it('has no record until the first update, which creates it from null', async () => {
      const { userSettings: settings } = store();
      const userId = await aUserId();
      expect(await settings.findByUserId(userId)).toBeNull();
      let seen: UserSettings | null | undefined;
      const created = await settings.update(userId, (current) => {
        seen = current;
        return record(userId, { weekly_goal: 5 });
      });
      expect(seen).toBeNull();
      expect(created).toStrictEqual(record(userId, { weekly_goal: 5 }));
      expect(await settings.findByUserId(userId)).toStrictEqual(record(userId, { weekly_goal: 5 }));
    });

    it('hands the stored record to later updates and replaces it, keeping it under its user', async () => {
      const { userSettings: settings } = store();
      const userId = await aUserId();
      const otherId = await aUserId();
      await settings.update(userId, () => record(userId, { silence_days: 30 }));
      const updated = await settings.update(userId, (current) => ({ ...current!, weekly_goal: 3, user_id: otherId, updated_at: at('2025-06-02T00:00:00.000Z') }));
      expect(updated).toStrictEqual(record(userId, { silence_days: 30, weekly_goal: 3, updated_at: at('2025-06-02T00:00:00.000Z') }));
      expect(await settings.findByUserId(userId)).toStrictEqual(updated);
      expect(await settings.findByUserId(otherId)).toBeNull();
    });

    it('finds a record by its calendar secret hash, and not once the hash is replaced or cleared', async () => {
      const { userSettings: settings } = store();
      const userId = await aUserId();
      const otherId = await aUserId();
      const first = aHashId();
      const second = aHashId();
      await settings.update(otherId, () => record(otherId));
      await settings.update(userId, () => record(userId, { calendar_secret_hash: first }));
      expect((await settings.findByCalendarSecretHash(first))?.user_id).toBe(userId);
      await settings.update(userId, (current) => ({ ...current!, calendar_secret_hash: second }));
      expect(await settings.findByCalendarSecretHash(first)).toBeNull();
      expect((await settings.findByCalendarSecretHash(second))?.user_id).toBe(userId);
      await settings.update(userId, (current) => ({ ...current!, calendar_secret_hash: null }));
      expect(await settings.findByCalendarSecretHash(second)).toBeNull();
    });

    it('stores nothing when the change throws', async () => {
      const { userSettings: settings } = store();
      const userId = await aUserId();
      await expect(settings.update(userId, () => {
        throw new Error('refused');
      })).rejects.toThrow('refused');
      expect(await settings.findByUserId(userId)).toBeNull();
    });

    it('deletes only the given user\'s record, once; an update afterwards starts again from null', async () => {
      const { userSettings: settings } = store();
      const userId = await aUserId();
      const otherId = await aUserId();
      const hash = aHashId();
      await settings.update(userId, () => record(userId, { weekly_goal: 4, calendar_secret_hash: hash }));
      await settings.update(otherId, () => record(otherId, { weekly_goal: 9 }));
      expect(await settings.delete(userId)).toBe(true);
      expect(await settings.delete(userId)).toBe(false);
      expect(await settings.findByUserId(userId)).toBeNull();
      expect(await settings.findByCalendarSecretHash(hash)).toBeNull();
      expect((await settings.findByUserId(otherId))?.weekly_goal).toBe(9);
      let seen: UserSettings | null | undefined;
      await settings.update(userId, (current) => {
        seen = current;
        return record(userId);
      });
      expect(seen).toBeNull();
    });

    it('lands every one of concurrent updates, the first ones included', async () => {
      const { userSettings: settings } = store();
      const userId = await aUserId();
      await Promise.all(
        Array.from({ length: 20 }, () => settings.update(userId, (current) => record(userId, { weekly_goal: (current?.weekly_goal ?? 0) + 1 }))),
      );
      expect((await settings.findByUserId(userId))?.weekly_goal).toBe(20);
    });
  });
}
