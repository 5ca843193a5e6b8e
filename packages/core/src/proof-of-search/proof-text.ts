/** How the proof of search words things: dates in the person's locale (with Latin digits, which
 * every embedded font can draw), statuses as words, weeks as ISO weeks with their dates. */
import { validationError } from '../shared/domain-error.js';
import type { CalendarDate } from '../applications/application.js';
import { calendarDateOf, parseCalendarDate } from '../shared/calendar-date.js';
import type { IsoWeek } from './proof-period.js';

export const PROOF_TITLE = 'Proof of job search';

export const COLUMN_TITLES = ['Date', 'Employer', 'Address or website', 'Position', 'Sent via', 'Contact person', 'Outcome'] as const;

const OUTCOMES: Readonly<Record<string, string>> = {
  applied: 'Applied, awaiting reply',
  screening: 'Screening',
  interview: 'Interview',
  technical_test: 'Technical test',
  offer: 'Offer received',
  rejected: 'Rejected',
  accepted: 'Offer accepted',
  withdrawn: 'Withdrawn',
  no_response: 'No response',
};

export function outcomeText(status: string | null): string {
  if (status === null || status === '') return 'Applied, awaiting reply';
  return OUTCOMES[status] ?? status;
}

/** The locale as Intl will use it; a field error on `locale` when it is not a language tag. */
export function checkedLocale(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (!canonical) throw new RangeError('empty');
    return canonical;
  } catch {
    throw validationError({ locale: ['Enter a language tag such as en-US or de-DE.'] });
  }
}

export type ProofFormatter = {
  date(date: CalendarDate): string;
  week(week: IsoWeek): string;
};

export function proofFormatter(locale: string): ProofFormatter {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC', numberingSystem: 'latn' });
  const date = (value: CalendarDate) => format.format(new Date(`${value}T00:00:00.000Z`));
  return {
    date,
    week: (week) => {
      const sunday = calendarDateOf((parseCalendarDate(week.monday) as number) + 6);
      return `${week.year}-W${String(week.week).padStart(2, '0')} (${date(week.monday)} – ${date(sunday)})`;
    },
  };
}
