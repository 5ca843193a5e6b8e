import { describe, expect, it } from 'vitest';
import { hashSecret } from '../auth/session.js';
import { DomainError } from '../shared/domain-error.js';
import { InMemoryUserSettingsRepository, sequentialRandom } from '../testing/index.js';
import { disableCalendarFeed, getInsightSettings, rotateCalendarSecret, updateInsightSettings } from './manage-settings.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');

describe('insight settings', () => {
  it('are the defaults until changed, and only sent keys change', async () => {
    const userSettings = new InMemoryUserSettingsRepository();
    expect(await getInsightSettings({ userSettings }, { userId: 1, now: NOW })).toEqual({ silence_days: 21, weekly_goal: 0, calendar_feed: false });
    expect(await userSettings.findByUserId(1)).toBeNull();
    expect(await updateInsightSettings({ userSettings }, { userId: 1, changes: { weekly_goal: 5 }, now: NOW })).toEqual({
      silence_days: 21, weekly_goal: 5, calendar_feed: false,
    });
    expect(await updateInsightSettings({ userSettings }, { userId: 1, changes: { silence_days: 30 }, now: NOW })).toMatchObject({ silence_days: 30, weekly_goal: 5 });
    expect(await getInsightSettings({ userSettings }, { userId: 2, now: NOW })).toMatchObject({ silence_days: 21, weekly_goal: 0 });
  });

  it('refuses values out of range as a field error', async () => {
    const userSettings = new InMemoryUserSettingsRepository();
    const error = await updateInsightSettings({ userSettings }, { userId: 1, changes: { silence_days: 0, weekly_goal: 2.5 }, now: NOW }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError<'VALIDATION.FAILED'>).details.fieldErrors).toEqual({
      silence_days: ['Ensure this value is greater than or equal to 1.'],
      weekly_goal: ['A valid integer is required.'],
    });
    expect(await userSettings.findByUserId(1)).toBeNull();
  });

  it('keeps only the hash of the calendar secret; rotating replaces it, disabling removes it', async () => {
    const userSettings = new InMemoryUserSettingsRepository();
    const random = sequentialRandom();
    const { secret } = await rotateCalendarSecret({ userSettings, random }, { userId: 1, now: NOW });
    expect((await userSettings.findByUserId(1))?.calendar_secret_hash).toBe(hashSecret(secret));
    expect((await userSettings.findByCalendarSecretHash(hashSecret(secret)))?.user_id).toBe(1);
    const second = await rotateCalendarSecret({ userSettings, random }, { userId: 1, now: NOW });
    expect(second.secret).not.toBe(secret);
    expect(await userSettings.findByCalendarSecretHash(hashSecret(secret))).toBeNull();
    expect(await getInsightSettings({ userSettings }, { userId: 1, now: NOW })).toMatchObject({ calendar_feed: true });
    expect(await disableCalendarFeed({ userSettings }, { userId: 1, now: NOW })).toMatchObject({ calendar_feed: false });
    expect(await userSettings.findByCalendarSecretHash(hashSecret(second.secret))).toBeNull();
  });
});
