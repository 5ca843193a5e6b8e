import { describe, expect, it } from 'vitest';
import { calendarDateOf, calendarMonthOf, isCalendarDate, mondayOf, parseCalendarDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('numbers days from 1970-01-01 and back', () => {
    expect(parseCalendarDate('1970-01-01')).toBe(0);
    expect(parseCalendarDate('1970-01-02')).toBe(1);
    expect(parseCalendarDate('2024-02-29')).toBe(19782);
    expect(calendarDateOf(19782)).toBe('2024-02-29');
    expect(calendarDateOf(-1)).toBe('1969-12-31');
    expect(calendarMonthOf(19782)).toBe('2024-02');
  });

  it('refuses what is not a real day in that exact form', () => {
    for (const text of ['2023-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-1-01', '2025-01-01T00:00', '', '0000-01-01']) {
      expect(isCalendarDate(text)).toBe(false);
    }
    expect(isCalendarDate('0001-01-01')).toBe(true);
  });

  it('finds the Monday of a week (ISO weeks)', () => {
    const monday = parseCalendarDate('2025-03-10') as number;
    for (let offset = 0; offset < 7; offset += 1) expect(calendarDateOf(mondayOf(monday + offset))).toBe('2025-03-10');
    expect(calendarDateOf(mondayOf(0))).toBe('1969-12-29');
  });
});
