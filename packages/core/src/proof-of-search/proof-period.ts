/** The period of a proof of search: two calendar dates, inclusive, in the person's time zone,
 * and the weeks (Monday to Sunday, ISO 8601) that cover it. */
import type { CalendarDate } from '../applications/application.js';
import { calendarDateOf, mondayOf, parseCalendarDate } from '../shared/calendar-date.js';
import { validationError } from '../shared/domain-error.js';
import { parseTimeZone, type TimeZone } from '../shared/time-zone.js';

export type ProofPeriod = { from: CalendarDate; to: CalendarDate; timeZone: TimeZone };

/** Longer periods than this are refused: a report is for an office's reporting period. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** Checks the dates and the zone (an IANA name or a fixed offset; field errors on `from`, `to`,
 * `time_zone`). */
export function proofPeriod(options: { from: string; to: string; timeZone?: string | undefined }): ProofPeriod {
  const timeZone = parseTimeZone(options.timeZone ?? 'UTC');
  const from = parseCalendarDate(options.from);
  const to = parseCalendarDate(options.to);
  const errors: Record<string, string[]> = {};
  if (from === null) errors['from'] = ['Enter a date as YYYY-MM-DD.'];
  if (to === null) errors['to'] = ['Enter a date as YYYY-MM-DD.'];
  if (from !== null && to !== null && to < from) errors['to'] = ['The period ends before it starts.'];
  if (from !== null && to !== null && to - from + 1 > MAX_PERIOD_DAYS) errors['to'] = [`The period is longer than ${MAX_PERIOD_DAYS} days.`];
  if (!timeZone) errors['time_zone'] = ['Unknown time zone.'];
  if (Object.keys(errors).length > 0 || !timeZone) throw validationError(errors);
  return { from: options.from, to: options.to, timeZone };
}

/** The calendar date of an instant in a time zone. */
export function calendarDateIn(instant: Date, timeZone: TimeZone): CalendarDate {
  return calendarDateOf(timeZone.dayNumberAt(instant.getTime()));
}

export function inPeriod(date: CalendarDate, period: ProofPeriod): boolean {
  return date >= period.from && date <= period.to;
}

export type IsoWeek = { year: number; week: number; monday: CalendarDate };

/** The ISO week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  const monday = mondayOf(parseCalendarDate(date) as number);
  const thursday = monday + 3;
  const year = Number(calendarDateOf(thursday).slice(0, 4));
  // Week 1 is the week of 4 January.
  const firstThursday = mondayOf(parseCalendarDate(`${String(year).padStart(4, '0')}-01-04`) as number) + 3;
  return { year, week: (thursday - firstThursday) / 7 + 1, monday: calendarDateOf(monday) };
}

/** Every week touching the period, in order. */
export function weeksOf(period: ProofPeriod): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const last = parseCalendarDate(period.to) as number;
  for (let day = mondayOf(parseCalendarDate(period.from) as number); day <= last; day += 7) weeks.push(isoWeekOf(calendarDateOf(day)));
  return weeks;
}
