/** UTC calendar-date text used by the exports (the original's server runs in UTC). */
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` in UTC. */
export const utcDateText = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;

/** `YYYYMMDD` in UTC. */
export const utcDateCompact = (date: Date): string => utcDateText(date).replaceAll('-', '');
