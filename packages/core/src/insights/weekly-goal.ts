/** The weekly goal: applications sent this week (weeks start on Monday, in the user's time zone),
 * what is left to reach the goal, the streak of weeks that reached it, and the recent weeks. */
import type { ApplicationView } from '../applications/application-view.js';
import type { CalendarDate } from '../applications/application.js';
import { calendarDateOf, mondayOf } from '../shared/calendar-date.js';
import type { TimeZone } from '../shared/time-zone.js';

/** How many weeks, this one included, `recent_weeks` shows. */
export const RECENT_WEEKS = 12;

export type WeekCount = {
  week_start: CalendarDate;
  count: number;
  /** null when no goal is set (a goal of 0). */
  met: boolean | null;
};

export type WeeklyGoal = {
  /** 0: no goal set. */
  weekly_goal: number;
  this_week: WeekCount & { remaining: number | null };
  /** Consecutive weeks reaching the goal, counted back from last week, plus this week once it has
   * reached it (a week still under way does not break a streak). 0 without a goal. */
  streak_weeks: number;
  /** The last RECENT_WEEKS weeks, oldest first, this week last. */
  recent_weeks: WeekCount[];
};

/** Counts by `application.applied_date` (else `created_at`), only those not after `now`. */
export function weeklyGoal(views: readonly ApplicationView[], options: { now: Date; timeZone: TimeZone; weeklyGoal: number }): WeeklyGoal {
  const nowMs = options.now.getTime();
  const goal = options.weeklyGoal;
  const perWeek = new Map<number, number>();
  for (const view of views) {
    const sent = (view.application?.applied_date ?? view.created_at)?.getTime();
    if (sent === undefined || sent > nowMs) continue;
    const monday = mondayOf(options.timeZone.dayNumberAt(sent));
    perWeek.set(monday, (perWeek.get(monday) ?? 0) + 1);
  }
  const thisMonday = mondayOf(options.timeZone.dayNumberAt(nowMs));
  const week = (monday: number): WeekCount => {
    const count = perWeek.get(monday) ?? 0;
    return { week_start: calendarDateOf(monday), count, met: goal > 0 ? count >= goal : null };
  };
  const current = week(thisMonday);
  let streak = 0;
  if (goal > 0) {
    // A met week has at least one application, so this stops within the weeks that have any.
    for (let monday = thisMonday - 7; (perWeek.get(monday) ?? 0) >= goal; monday -= 7) streak += 1;
    if (current.met) streak += 1;
  }
  return {
    weekly_goal: goal,
    this_week: { ...current, remaining: goal > 0 ? Math.max(0, goal - current.count) : null },
    streak_weeks: streak,
    recent_weeks: Array.from({ length: RECENT_WEEKS }, (_, index) => week(thisMonday - 7 * (RECENT_WEEKS - 1 - index))),
  };
}
