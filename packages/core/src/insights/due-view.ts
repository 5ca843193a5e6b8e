/** The "due" list: overdue, due today and due in the seven days after today, in the user's time
 * zone. Follow-ups and deadlines are calendar days and can be overdue; interviews are instants
 * after `now`, so they are never overdue. */
import type { ApplicationView } from '../applications/application-view.js';
import type { CalendarDate } from '../applications/application.js';
import { calendarDateOf, parseCalendarDate } from '../shared/calendar-date.js';
import type { TimeZone } from '../shared/time-zone.js';
import { collectDueItems, type DueItem } from './due-items.js';

/** "This week" is the seven days after today, so it is never empty just because it is Sunday. */
export const DUE_WEEK_DAYS = 7;

export type DueView = {
  /** Today in the user's time zone. */
  today: CalendarDate;
  time_zone: string;
  overdue: DueItem[];
  due_today: DueItem[];
  this_week: DueItem[];
};

export function dueView(views: readonly ApplicationView[], options: { now: Date; timeZone: TimeZone }): DueView {
  const nowMs = options.now.getTime();
  const today = options.timeZone.dayNumberAt(nowMs);
  const overdue: Dated[] = [];
  const dueToday: Dated[] = [];
  const thisWeek: Dated[] = [];
  const items: DueItem[] = [];
  for (const view of views) collectDueItems(view, nowMs, items);
  for (const item of items) {
    const day = item.at ? options.timeZone.dayNumberAt(item.at.getTime()) : parseCalendarDate(item.date as string);
    if (day === null) continue;
    // An interview gets its day in the user's calendar too, so every item has a date to group by.
    const dated = { day, item: item.at ? { ...item, date: calendarDateOf(day) } : item };
    if (day < today) overdue.push(dated);
    else if (day === today) dueToday.push(dated);
    else if (day <= today + DUE_WEEK_DAYS) thisWeek.push(dated);
  }
  const sorted = (list: Dated[]): DueItem[] => list.sort(byWhen).map(({ item }) => item);
  return {
    today: calendarDateOf(today),
    time_zone: options.timeZone.name,
    overdue: sorted(overdue),
    due_today: sorted(dueToday),
    this_week: sorted(thisWeek),
  };
}

type Dated = { day: number; item: DueItem };

/** Earliest first: by day, all-day items before the day's interviews, interviews by time, then
 * by company and kind. */
function byWhen(a: Dated, b: Dated): number {
  const timeA = a.item.at?.getTime() ?? -Infinity;
  const timeB = b.item.at?.getTime() ?? -Infinity;
  return a.day - b.day || (timeA === timeB ? 0 : timeA < timeB ? -1 : 1) || compareText(a.item.company, b.item.company) || compareText(a.item.kind, b.item.kind);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
