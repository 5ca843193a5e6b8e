/** Reading and changing the insight settings, and the calendar feed's secret (made, rotated,
 * turned off). */
import type { RandomSource } from '../auth/tokens.js';
import { hashSecret } from '../auth/session.js';
import { validationError } from '../shared/domain-error.js';
import type { UserSettingsRepository } from './ports.js';
import { defaultSettings, SILENCE_DAYS_LIMITS, WEEKLY_GOAL_LIMITS, type UserSettings } from './user-settings.js';

/** The settings as a user sees them: never the secret or its hash. */
export type InsightSettings = { silence_days: number; weekly_goal: number; calendar_feed: boolean };

export type InsightSettingsChanges = { silence_days?: number; weekly_goal?: number };

type SettingsDeps = { userSettings: Pick<UserSettingsRepository, 'findByUserId' | 'update'> };

export const publicSettings = (settings: UserSettings): InsightSettings => ({
  silence_days: settings.silence_days,
  weekly_goal: settings.weekly_goal,
  calendar_feed: settings.calendar_secret_hash !== null,
});

/** The stored record, or the defaults when the user has changed nothing yet. */
export async function settingsOf(deps: { userSettings: Pick<UserSettingsRepository, 'findByUserId'> }, userId: number, now: Date): Promise<UserSettings> {
  return (await deps.userSettings.findByUserId(userId)) ?? defaultSettings(userId, now);
}

export async function getInsightSettings(deps: SettingsDeps, query: { userId: number; now: Date }): Promise<InsightSettings> {
  return publicSettings(await settingsOf(deps, query.userId, query.now));
}

function checkedInteger(value: number | undefined, limits: { min: number; max: number }, field: string, errors: Record<string, string[]>): void {
  if (value === undefined) return;
  if (!Number.isInteger(value)) errors[field] = ['A valid integer is required.'];
  else if (value < limits.min) errors[field] = [`Ensure this value is greater than or equal to ${limits.min}.`];
  else if (value > limits.max) errors[field] = [`Ensure this value is less than or equal to ${limits.max}.`];
}

/** Sent keys replace the stored values; the transport validates first, this guards the range. */
export async function updateInsightSettings(
  deps: SettingsDeps,
  command: { userId: number; changes: InsightSettingsChanges; now: Date },
): Promise<InsightSettings> {
  const { changes, now } = command;
  const errors: Record<string, string[]> = {};
  checkedInteger(changes.silence_days, SILENCE_DAYS_LIMITS, 'silence_days', errors);
  checkedInteger(changes.weekly_goal, WEEKLY_GOAL_LIMITS, 'weekly_goal', errors);
  if (Object.keys(errors).length > 0) throw validationError(errors);
  const stored = await deps.userSettings.update(command.userId, (current) => {
    const base = current ?? defaultSettings(command.userId, now);
    return {
      ...base,
      silence_days: changes.silence_days ?? base.silence_days,
      weekly_goal: changes.weekly_goal ?? base.weekly_goal,
      updated_at: now,
    };
  });
  return publicSettings(stored);
}

/** A new secret for the feed's URL, shown this once; the previous URL stops working at once. */
export async function rotateCalendarSecret(
  deps: { userSettings: Pick<UserSettingsRepository, 'update'>; random: Pick<RandomSource, 'secret'> },
  command: { userId: number; now: Date },
): Promise<{ secret: string }> {
  const secret = deps.random.secret();
  await deps.userSettings.update(command.userId, (current) => ({
    ...(current ?? defaultSettings(command.userId, command.now)),
    calendar_secret_hash: hashSecret(secret),
    updated_at: command.now,
  }));
  return { secret };
}

/** Turns the feed off: no URL works until a new secret is made. */
export async function disableCalendarFeed(
  deps: { userSettings: Pick<UserSettingsRepository, 'update'> },
  command: { userId: number; now: Date },
): Promise<InsightSettings> {
  const stored = await deps.userSettings.update(command.userId, (current) => ({
    ...(current ?? defaultSettings(command.userId, command.now)),
    calendar_secret_hash: null,
    updated_at: command.now,
  }));
  return publicSettings(stored);
}
