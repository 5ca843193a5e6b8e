/** Time arithmetic on instants passed in by the caller: core never reads the clock. */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

export const addMinutes = (date: Date, minutes: number): Date => new Date(date.getTime() + minutes * MINUTE_MS);
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);
/** Whole days from `from` to `to`, rounded down (Python's timedelta.days). */
export const wholeDaysBetween = (from: Date, to: Date): number => Math.floor((to.getTime() - from.getTime()) / DAY_MS);
export const toEpochSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);
