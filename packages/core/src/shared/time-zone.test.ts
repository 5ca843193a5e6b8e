import { describe, expect, it } from 'vitest';
import { calendarDateOf } from './calendar-date.js';
import { isTimeZone, parseTimeZone } from './time-zone.js';

const localDate = (zone: string, iso: string): string => calendarDateOf(parseTimeZone(zone)!.dayNumberAt(Date.parse(iso)));

describe('time zones', () => {
  it('reads fixed offsets and UTC', () => {
    expect(parseTimeZone('+02:00')?.offsetMinutesAt(0)).toBe(120);
    expect(parseTimeZone('-0530')?.offsetMinutesAt(0)).toBe(-330);
    expect(parseTimeZone('UTC+01')?.offsetMinutesAt(0)).toBe(60);
    expect(parseTimeZone('Z')?.offsetMinutesAt(0)).toBe(0);
    expect(localDate('+02:00', '2025-03-09T22:30:00Z')).toBe('2025-03-10');
    expect(localDate('-05:00', '2025-03-10T04:59:59Z')).toBe('2025-03-09');
  });

  it('follows IANA rules, daylight saving included', () => {
    const berlin = parseTimeZone('Europe/Berlin')!;
    expect(berlin.offsetMinutesAt(Date.parse('2025-01-15T12:00:00Z'))).toBe(60);
    expect(berlin.offsetMinutesAt(Date.parse('2025-07-15T12:00:00Z'))).toBe(120);
    // Summer time starts 2025-03-30 at 01:00 UTC: the offset changes within that UTC day.
    expect(berlin.offsetMinutesAt(Date.parse('2025-03-30T00:59:00Z'))).toBe(60);
    expect(berlin.offsetMinutesAt(Date.parse('2025-03-30T01:00:00Z'))).toBe(120);
    expect(localDate('Europe/Berlin', '2025-07-15T22:30:00Z')).toBe('2025-07-16');
    expect(localDate('Europe/Berlin', '2025-01-15T22:30:00Z')).toBe('2025-01-15');
    expect(localDate('America/St_Johns', '2025-01-01T03:00:00Z')).toBe('2024-12-31');
    expect(localDate('Asia/Kolkata', '2025-01-01T18:30:00Z')).toBe('2025-01-02');
  });

  it('refuses unknown names and impossible offsets', () => {
    for (const text of ['Mars/Olympus', '+25:00', '+02:75', 'Europe Berlin', '']) expect(isTimeZone(text)).toBe(false);
    expect(isTimeZone('America/New_York')).toBe(true);
  });
});
