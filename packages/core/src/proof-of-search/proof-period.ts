/** The period of a proof of search: two calendar dates, inclusive, in the person's time zone,
 * and the weeks (Monday to Sunday, ISO 8601) that cover it. */
import { validationError } from '../shared/domain-error.js';
import { DAY_MS } from '../shared/time.js';

/** `YYYY-MM-DD`. */
export type CalendarDate = string;

export type ProofPeriod = { from: CalendarDate; to: CalendarDate; timeZone: string };

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Longer periods than this are refused: a report is for an office's reporting period. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** Midnight UTC of a calendar date, for arithmetic on days; null when it does not exist. */
export function dayNumber(date: CalendarDate): number | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return time / DAY_MS;
}

export const calendarDateOfDay = (day: number): CalendarDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Checks the dates (field errors on `from`, `to`, `time_zone`). */
export function proofPeriod(options: { from: string; to: string; timeZone?: string | undefined }): ProofPeriod {
  const timeZone = options.timeZone ?? 'UTC';
  const from = dayNumber(options.from);
  const to = dayNumber(options.to);
  const errors: Record<string, string[]> = {};
  if (from === null) errors['from'] = ['Enter a date as YYYY-MM-DD.'];
  if (to === null) errors['to'] = ['Enter a date as YYYY-MM-DD.'];
  if (from !== null && to !== null && to < from) errors['to'] = ['The period ends before it starts.'];
  if (from !== null && to !== null && to - from + 1 > MAX_PERIOD_DAYS) errors['to'] = [`The period is longer than ${MAX_PERIOD_DAYS} days.`];
  if (!validTimeZone(timeZone)) errors['time_zone'] = ['Unknown time zone.'];
  if (Object.keys(errors).length > 0) throw validationError(errors);
  return { from: options.from, to: options.to, timeZone };
}

const dateParts = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone. */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  let format = dateParts.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateParts.set(timeZone, format);
  }
  return format.format(instant);
}

export function inPeriod(date: CalendarDate, period: ProofPeriod): boolean {
  return date >= period.from && date <= period.to;
}

export type IsoWeek = { year: number; week: number; monday: CalendarDate };

/** The ISO week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  const day = dayNumber(date) as number;
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
  const monday = day - weekday;
  const thursday = monday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const firstThursday = (dayNumber(`${year}-01-04`) as number) - ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) + 3;
  return { year, week: Math.round((thursday - firstThursday) / 7) + 1, monday: calendarDateOfDay(monday) };
}

/** Every week touching the period, in order. */
export function weeksOf(period: ProofPeriod): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const last = dayNumber(period.to) as number;
  for (let day = dayNumber(isoWeekOf(period.from).monday) as number; day <= last; day += 7) weeks.push(isoWeekOf(calendarDateOfDay(day)));
  return weeks;
}
