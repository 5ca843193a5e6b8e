/** Dates as spreadsheets and trackers write them: ISO (with or without a time), `YYYY/MM/DD`,
 * `D.M.YYYY` (day first, as in much of Europe), slashed or dashed `A/B/YYYY` (US month first or
 * European day first: decided once per file), and English month names ("Jan 5, 2025",
 * "5 January 2025", "05-Jan-25"). Two-digit years are 1970-2069. Dates without a time are
 * midnight UTC, as the API stores dates sent without a zone. */

export type DateOrder = 'MDY' | 'DMY';

export type ParsedDate =
  /** `order` is set for a slashed date that exists in that order only (13/04/2025). */
  | { kind: 'date'; date: Date; order?: DateOrder }
  /** `A/B/Y`: month/day or day/month, decided by the file's order. */
  | { kind: 'ambiguous'; first: number; second: number; year: number }
  | { kind: 'invalid' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\.?$/;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{2}|\d{4})$/i;

const fullYear = (text: string): number => {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
};

/** 1-12 for an English month name or its three-letter (or "Sept") abbreviation. */
function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((month) => lower === month || lower === month.slice(0, 3) || (month === 'september' && lower === 'sept'));
  return index < 0 ? null : index + 1;
}

/** A calendar date at midnight UTC; null when the day does not exist. */
export function utcDate(year: number, month: number, day: number): Date | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : null;
}

const dateOf = (date: Date | null): ParsedDate => (date ? { kind: 'date', date } : { kind: 'invalid' });

export function parseDateCell(raw: string): ParsedDate {
  const text = raw.trim();
  let match = ISO.exec(text);
  if (match) {
    const [, y, mo, d, h, mi, s = '0', fraction = '', zone] = match;
    const day = utcDate(Number(y), Number(mo), Number(d));
    if (!day || h === undefined) return dateOf(day);
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { kind: 'invalid' };
    const millis = Number(`0.${fraction || '0'}`) * 1000;
    let offset = 0;
    if (zone && zone.toUpperCase() !== 'Z') {
      const digits = zone.replace(':', '');
      offset = (zone.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
    return dateOf(new Date(day.getTime() + ((Number(h) * 60 + Number(mi) - offset) * 60 + Number(s)) * 1000 + Math.round(millis)));
  }
  if ((match = YEAR_FIRST.exec(text))) return dateOf(utcDate(Number(match[1]), Number(match[2]), Number(match[3])));
  if ((match = DOTTED.exec(text))) return dateOf(utcDate(fullYear(match[3] as string), Number(match[2]), Number(match[1])));
  if ((match = SLASHED.exec(text))) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), fullYear(match[3] as string)];
    const monthFirst = utcDate(year, first, second);
    const dayFirst = utcDate(year, second, first);
    if (monthFirst && dayFirst) return first === second ? { kind: 'date', date: monthFirst } : { kind: 'ambiguous', first, second, year };
    if (monthFirst) return { kind: 'date', date: monthFirst, order: 'MDY' };
    return dayFirst ? { kind: 'date', date: dayFirst, order: 'DMY' } : { kind: 'invalid' };
  }
  if ((match = MONTH_FIRST.exec(text))) {
    const month = monthNumber(match[1] as string);
    return month ? dateOf(utcDate(Number(match[3]), month, Number(match[2]))) : { kind: 'invalid' };
  }
  if ((match = DAY_FIRST.exec(text))) {
    const month = monthNumber(match[2] as string);
    return month ? dateOf(utcDate(fullYear(match[3] as string), month, Number(match[1]))) : { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}

/** What the slashed dates of a file say about its order. */
export class DateOrderEvidence {
  monthFirst = 0;
  dayFirst = 0;
  ambiguous = 0;

  note(parsed: ParsedDate): void {
    if (parsed.kind === 'ambiguous') this.ambiguous += 1;
    else if (parsed.kind === 'date' && parsed.order === 'MDY') this.monthFirst += 1;
    else if (parsed.kind === 'date' && parsed.order === 'DMY') this.dayFirst += 1;
  }
}

export type DateOrderDecision = {
  order: DateOrder;
  /** `file`: its own unambiguous dates; `caller`: the person's choice; `locale`: the locale's
   * habit because nothing in the file told. */
  decidedBy: 'file' | 'caller' | 'locale';
  /** Slashed dates that read either way (e.g. 03/04/2025), all read with `order`. */
  ambiguousDates: number;
  /** Slashed dates impossible in `order`, read the only way they can be (their rows say so). */
  conflictingDates: number;
};

/** The order of the file: the person's choice, else what its dates show, else the locale's. */
export function decideDateOrder(evidence: DateOrderEvidence, options: { chosen?: DateOrder | undefined; localeOrder: DateOrder }): DateOrderDecision {
  const { chosen, localeOrder } = options;
  let order: DateOrder;
  let decidedBy: DateOrderDecision['decidedBy'];
  if (chosen) [order, decidedBy] = [chosen, 'caller'];
  else if (evidence.monthFirst !== evidence.dayFirst) [order, decidedBy] = [evidence.monthFirst > evidence.dayFirst ? 'MDY' : 'DMY', 'file'];
  else [order, decidedBy] = [localeOrder, 'locale'];
  return {
    order,
    decidedBy,
    ambiguousDates: evidence.ambiguous,
    conflictingDates: order === 'MDY' ? evidence.dayFirst : evidence.monthFirst,
  };
}

/** The date of a parsed cell in the file's order; null when it has none. */
export function resolveDate(parsed: ParsedDate, order: DateOrder): Date | null {
  if (parsed.kind === 'date') return parsed.date;
  if (parsed.kind === 'invalid') return null;
  return order === 'MDY' ? utcDate(parsed.year, parsed.first, parsed.second) : utcDate(parsed.year, parsed.second, parsed.first);
}

/** The order a locale writes numeric dates in (en-US: month first; most others: day first). */
export function localeDateOrder(locale: string | undefined): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale ?? 'en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).formatToParts(
      new Date(Date.UTC(2000, 10, 22)),
    );
    const month = parts.findIndex((part) => part.type === 'month');
    const day = parts.findIndex((part) => part.type === 'day');
    return month < day ? 'MDY' : 'DMY';
  } catch {
    return 'MDY';
  }
}
