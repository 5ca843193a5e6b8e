/** Datetimes as the contract speaks them: lenient ISO-8601 in (Python 3.11 `fromisoformat` and
 * Django's `parse_datetime`), `YYYY-MM-DD HH:MM:SS` UTC out. */

// Python 3.11 fromisoformat: extended or basic date, any one separator char (we allow T, t or
// space), HH[:MM[:SS[.ffffff]]], zone Z or +HH[:MM[:SS[.ffffff]]].
const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[Tt ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?)?$/;
// Django's datetime_re also takes one-digit month, day, hour and minute.
const DJANGO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,6})\d{0,6})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(/:/g, '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4) || '0');
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a contract datetime input. Returns null when the text is not a valid datetime. */
export function parseDateTime(text: string): Date | null {
  const match = ISO.exec(text) ?? DJANGO.exec(text);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  const millis = Number(frac.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
  const date = new Date(utc);
  // Years before 100 are mapped to 19xx by Date.UTC; set the full year explicitly.
  if (year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD HH:MM:SS`, UTC, no zone and no fraction: every serializer-rendered datetime. */
export function formatDateTime(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/** `YYYY-MM-DD` in UTC (exports). */
export function formatDate(date: Date): string {
  return formatDateTime(date).slice(0, 10);
}

/** Upload responses: naive ISO with microseconds, fraction dropped when zero (Python isoformat). */
export function formatUploadedAt(date: Date): string {
  const base = formatDateTime(date).replace(' ', 'T');
  const ms = date.getUTCMilliseconds();
  return ms === 0 ? base : `${base}.${pad(ms, 3)}000`;
}
