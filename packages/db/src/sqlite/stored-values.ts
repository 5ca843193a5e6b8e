/** Conversions between domain values and what SQLite stores (ISO text dates, 0/1 booleans). */
import type { IsoDateText, SqliteBoolean } from './schema.js';

export function toIsoText(date: Date): IsoDateText {
  return date.toISOString();
}

export function fromIsoText(text: IsoDateText): Date {
  return new Date(text);
}

export function toNullableIsoText(date: Date | null): IsoDateText | null {
  return date === null ? null : toIsoText(date);
}

export function fromNullableIsoText(text: IsoDateText | null): Date | null {
  return text === null ? null : fromIsoText(text);
}

export function toSqliteBoolean(value: boolean): SqliteBoolean {
  return value ? 1 : 0;
}

/** The case folding shared by stored `_lc` columns and filter terms, so both sides agree. */
export function foldCase(text: string): string {
  return text.toLowerCase();
}
