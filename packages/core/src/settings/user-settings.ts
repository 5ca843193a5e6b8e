/** A user's insight settings: after how many silent days an application counts as silent, the
 * weekly goal, and the hash of the calendar feed's secret. One small record per user, created
 * on the first change; until then the defaults apply. */

export const DEFAULT_SILENCE_DAYS = 21;
/** 0: no goal set. */
export const DEFAULT_WEEKLY_GOAL = 0;
export const SILENCE_DAYS_LIMITS = { min: 1, max: 365 } as const;
export const WEEKLY_GOAL_LIMITS = { min: 0, max: 1000 } as const;

export type UserSettings = {
  user_id: number;
  silence_days: number;
  weekly_goal: number;
  /** SHA-256 (hex) of the calendar feed's secret; null while there is no feed. Only the hash is
   * stored, as for sessions: the secret is shown once, when made. */
  calendar_secret_hash: string | null;
  updated_at: Date;
};

export function defaultSettings(userId: number, now: Date): UserSettings {
  return {
    user_id: userId,
    silence_days: DEFAULT_SILENCE_DAYS,
    weekly_goal: DEFAULT_WEEKLY_GOAL,
    calendar_secret_hash: null,
    updated_at: now,
  };
}
