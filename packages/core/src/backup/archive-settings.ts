/** The settings an archive carries: the insight settings a person chose, never the calendar
 * feed's secret hash (a secret URL is not data to copy between accounts or instances; a restored
 * account makes its own feed when it wants one). */
import type { UserSettings } from '../settings/user-settings.js';
import { defaultSettings } from '../settings/user-settings.js';

/** Empty when the person never changed a setting (the defaults apply on both sides). */
export type ArchivedSettings = { silence_days?: number; weekly_goal?: number };

export function archivedSettings(record: UserSettings | null): ArchivedSettings {
  return record ? { silence_days: record.silence_days, weekly_goal: record.weekly_goal } : {};
}

/** The record a restore stores, or null when the archive has nothing to say. The target's own
 * calendar secret (if it made one before restoring) is kept: the archive brings none. */
export function restoredSettings(
  archived: ArchivedSettings,
  context: { userId: number; current: UserSettings | null; now: Date },
): UserSettings | null {
  if (archived.silence_days === undefined && archived.weekly_goal === undefined) return null;
  const base = context.current ?? defaultSettings(context.userId, context.now);
  return {
    ...base,
    silence_days: archived.silence_days ?? base.silence_days,
    weekly_goal: archived.weekly_goal ?? base.weekly_goal,
    updated_at: context.now,
  };
}
