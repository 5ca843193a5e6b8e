/** The proof of search as data: one row per application sent in the period (date, employer, its
 * address or website, position, how it was sent, contact person, outcome), the totals per week
 * (weeks without any application included, as offices ask), the person and the period. */
import { NO_RESPONSE, type Application } from '../applications/application.js';
import { signalsOf } from '../insights/application-signals.js';
import type { Company } from '../companies/company.js';
import { compareCodePoints } from '../companies/company-fields.js';
import type { Contact } from '../contacts/contact.js';
import type { CalendarDate } from '../applications/application.js';
import { calendarDateIn, inPeriod, isoWeekOf, weeksOf, type IsoWeek, type ProofPeriod } from './proof-period.js';

export type ProofRow = {
  /** The day it was sent, in the person's time zone. */
  date: CalendarDate;
  employer: string;
  /** Location and website, as known from the application or the company's record. */
  employerAddress: string;
  position: string;
  /** How it was sent: the application's source ("LinkedIn", "Email", "Company website"...). */
  sentVia: string;
  contactPerson: string;
  /** The current status, as stored, or `no_response` when closed as no response. */
  outcome: string | null;
};

export type WeekTotal = IsoWeek & { applications: number };

export type ProofOfSearch = {
  person: { name: string; email: string };
  period: ProofPeriod;
  rows: ProofRow[];
  weeks: WeekTotal[];
  total: number;
};

const fold = (text: string) => text.trim().toLowerCase();
const joined = (parts: ReadonlyArray<string | null | undefined>, separator: string) =>
  [...new Set(parts.map((part) => part?.trim() ?? '').filter((part) => part !== ''))].join(separator);

/** The status as stored, or `no_response` when the person closed it as such (and no ending
 * status came after): an office reads "no response", not "awaiting reply". */
function outcomeOf(application: Application): string | null {
  // The closing does not depend on the time of the question.
  return signalsOf(application, Number.POSITIVE_INFINITY).outcome === 'no_response' ? NO_RESPONSE : (application.application?.status ?? null);
}

/** The sending date: the applied date, else when the application was recorded. */
function sentOn(application: Application): Date | null {
  return application.application?.applied_date ?? application.created_at ?? null;
}

/** The day an application was sent, when that day is in the period; null otherwise. */
export function sentInPeriod(application: Application, period: ProofPeriod): CalendarDate | null {
  const sent = sentOn(application);
  if (!sent) return null;
  const date = calendarDateIn(sent, period.timeZone);
  return inPeriod(date, period) ? date : null;
}

export function proofOfSearch(input: {
  person: { name: string; email: string };
  period: ProofPeriod;
  applications: Iterable<Application>;
  companies: readonly Company[];
  contacts: readonly Contact[];
}): ProofOfSearch {
  const { period } = input;
  const companies = new Map<string, Company>();
  for (const company of input.companies) if (!companies.has(fold(company.name))) companies.set(fold(company.name), company);
  const people = new Map<string, string[]>();
  for (const contact of input.contacts) {
    const label = contact.role ? `${contact.name} (${contact.role})` : contact.name;
    for (const id of contact.application_ids) people.set(id, [...(people.get(id) ?? []), label]);
  }

  const rows: ProofRow[] = [];
  for (const application of input.applications) {
    const date = sentInPeriod(application, period);
    if (date === null) continue;
    const company = companies.get(fold(application.company.name));
    rows.push({
      date,
      employer: application.company.name,
      employerAddress: joined([application.company.location || company?.location, application.company.website || company?.website], ' · '),
      position: application.job.title,
      sentVia: application.application?.source ?? '',
      contactPerson: joined(people.get(application.id) ?? [application.application?.referral_name], '; '),
      outcome: outcomeOf(application),
    });
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : compareCodePoints(a.employer, b.employer)));

  const counts = new Map<string, number>();
  for (const row of rows) {
    const monday = isoWeekOf(row.date).monday;
    counts.set(monday, (counts.get(monday) ?? 0) + 1);
  }
  const weeks = weeksOf(period).map((week) => ({ ...week, applications: counts.get(week.monday) ?? 0 }));
  return { person: input.person, period, rows, weeks, total: rows.length };
}
