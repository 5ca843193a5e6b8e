/** Per-user insight settings: the record, its repository port and the use cases. */
export {
  DEFAULT_SILENCE_DAYS,
  DEFAULT_WEEKLY_GOAL,
  defaultSettings,
  SILENCE_DAYS_LIMITS,
  WEEKLY_GOAL_LIMITS,
} from './user-settings.js';
export type { UserSettings } from './user-settings.js';
export type { UserSettingsRepository } from './ports.js';
export {
  disableCalendarFeed,
  getInsightSettings,
  publicSettings,
  rotateCalendarSecret,
  settingsOf,
  updateInsightSettings,
} from './manage-settings.js';
export type { InsightSettings, InsightSettingsChanges } from './manage-settings.js';
