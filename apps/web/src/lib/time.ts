/** Contract datetimes are UTC text (`YYYY-MM-DD HH:MM:SS`, no zone); people see them in their own
 * time zone through Intl. */

/** Parses the contract's UTC text (or ISO) into a Date; null for a missing or unreadable value. */
export function parseServerDate(text: string | null | undefined): Date | null {
  if (!text) return null;
  const iso = /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(text: string | null | undefined): string {
  const date = parseServerDate(text);
  return date ? dateFormat.format(date) : '—';
}

export function formatDateTime(text: string | null | undefined): string {
  const date = parseServerDate(text);
  return date ? dateTimeFormat.format(date) : '—';
}

/** Whole local days between a server datetime and now (0 when missing or in the future). */
export function daysSince(text: string | null | undefined, now: Date = new Date()): number {
  const date = parseServerDate(text);
  if (!date) return 0;
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.max(0, Math.round((startOf(now) - startOf(date)) / 86_400_000));
}

/** The local calendar day of a server datetime, as a date input wants it (`YYYY-MM-DD`). */
export function toDateInput(text: string | null | undefined): string {
  const date = parseServerDate(text);
  if (!date) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A date input's local day as an ISO instant (local midnight), which the server stores in UTC. */
export function fromDateInput(day: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).toISOString();
}

/** The browser's time zone (IANA name): the insights count days and weeks in it. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A calendar day (`YYYY-MM-DD`, no time zone) as people read it: "Tue, 3 Jun". */
export function formatCalendarDay(day: string | null | undefined): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return '—';
  return dayFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** Today in the browser's calendar, as `YYYY-MM-DD`. */
export function todayText(now: Date = new Date()): string {
  return toDateInput(now.toISOString());
}
