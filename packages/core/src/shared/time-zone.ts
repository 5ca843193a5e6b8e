/** The user's time zone, passed in by name (IANA, e.g. `Europe/Berlin`) or as a fixed offset
 * (`+02:00`, `-0530`, `Z`, `UTC`): which calendar day an instant falls on for them. Intl knows
 * the zone rules; core still never reads the clock or the machine's zone. */
import { DAY_MS, MINUTE_MS } from './time.js';

export interface TimeZone {
  /** The name it was given. */
  readonly name: string;
  /** Minutes to add to UTC for local time at this instant. */
  offsetMinutesAt(instantMs: number): number;
  /** The local calendar day (days since 1970-01-01) of an instant. */
  dayNumberAt(instantMs: number): number;
}

const FIXED_OFFSET = /^(?:UTC|GMT)?([+-])(\d{2})(?::?(\d{2}))?$/;

/** The zone for a name or offset, or null when it is neither. */
export function parseTimeZone(text: string): TimeZone | null {
  const trimmed = text.trim();
  if (trimmed === 'Z' || trimmed.toUpperCase() === 'UTC' || trimmed.toUpperCase() === 'GMT') return fixedZone(trimmed, 0);
  const fixed = FIXED_OFFSET.exec(trimmed);
  if (fixed) {
    const hours = Number(fixed[2]);
    const minutes = Number(fixed[3] ?? '0');
    if (hours > 18 || minutes > 59) return null;
    return fixedZone(trimmed, (fixed[1] === '-' ? -1 : 1) * (hours * 60 + minutes));
  }
  return ianaZone(trimmed);
}

export function isTimeZone(text: string): boolean {
  return parseTimeZone(text) !== null;
}

export const UTC_ZONE: TimeZone = fixedZone('UTC', 0);

function fixedZone(name: string, offset: number): TimeZone {
  return {
    name,
    offsetMinutesAt: () => offset,
    dayNumberAt: (instantMs) => Math.floor((instantMs + offset * MINUTE_MS) / DAY_MS),
  };
}

function ianaZone(name: string): TimeZone | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  const exact = (instantMs: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(instantMs)) parts[part.type] = Number(part.value);
    const local = Date.UTC(parts['year'] ?? 1970, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0);
    return Math.round((local - Math.floor(instantMs / 1000) * 1000) / MINUTE_MS);
  };
  // Formatting costs microseconds, too much per application over thousands: the offset is read
  // once per UTC day at its start and reused for the whole day when the next day starts with the
  // same offset (zones change offset at most once a day), and computed exactly on days of change.
  const atDayStart = new Map<number, number>();
  const dayStartOffset = (day: number): number => {
    let offset = atDayStart.get(day);
    if (offset === undefined) atDayStart.set(day, (offset = exact(day * DAY_MS)));
    return offset;
  };
  const offsetMinutesAt = (instantMs: number): number => {
    const day = Math.floor(instantMs / DAY_MS);
    const start = dayStartOffset(day);
    return start === dayStartOffset(day + 1) ? start : exact(instantMs);
  };
  return {
    name,
    offsetMinutesAt,
    dayNumberAt: (instantMs) => Math.floor((instantMs + offsetMinutesAt(instantMs) * MINUTE_MS) / DAY_MS),
  };
}
