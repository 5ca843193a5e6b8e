/** Calendar days as `YYYY-MM-DD` text and as day numbers (days since 1970-01-01), so day
 * arithmetic is integer arithmetic with no time zone in it. */
import type { CalendarDate } from '../applications/application.js';
import { DAY_MS } from './time.js';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a valid `YYYY-MM-DD` (years 0001 to 9999), else null. */
export function parseCalendarDate(text: string): number | null {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Day 31 of a 30-day month rolls over into the next month: not a real date.
  if (date.getUTCMonth() !== month - 1) return null;
  return Math.floor(date.getTime() / DAY_MS);
}

export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The `YYYY-MM-DD` of a day number. */
export function calendarDateOf(dayNumber: number): CalendarDate {
  const date = new Date(dayNumber * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `YYYY-MM` of a day number. */
export function calendarMonthOf(dayNumber: number): string {
  return calendarDateOf(dayNumber).slice(0, 7);
}

/** The Monday on or before the day (ISO weeks start on Monday); 1970-01-01 was a Thursday. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - ((dayNumber + 3) % 7 + 7) % 7;
}
