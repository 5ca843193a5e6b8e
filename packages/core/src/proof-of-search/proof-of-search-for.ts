/** The proof-of-search use case: the caller's applications, companies and contacts read through
 * the ports, the period and locale checked, and the report built; the transports then render it
 * as CSV or PDF. */
import type { Application } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import type { CompanyRepository } from '../companies/ports.js';
import type { ContactRepository } from '../contacts/ports.js';
import { DomainError } from '../shared/domain-error.js';
import type { UserRepository } from '../users/ports.js';
import { fullName } from '../users/user.js';
import { proofPeriod, type ProofPeriod } from './proof-period.js';
import { proofOfSearch, sentInPeriod, type ProofOfSearch } from './proof-report.js';
import { checkedLocale } from './proof-text.js';

export type ProofOfSearchDeps = {
  users: Pick<UserRepository, 'findById'>;
  applications: Pick<ApplicationRepository, 'stream'>;
  companies: Pick<CompanyRepository, 'findAll'>;
  contacts: Pick<ContactRepository, 'findPage'>;
};

export type ProofOfSearchQuery = {
  userId: number;
  /** `YYYY-MM-DD`, inclusive, in `timeZone`. */
  from: string;
  to: string;
  /** IANA name; default UTC. */
  timeZone?: string | undefined;
  /** BCP 47 tag for the dates of the rendered report. */
  locale: string;
};

export async function proofOfSearchFor(deps: ProofOfSearchDeps, query: ProofOfSearchQuery): Promise<{ report: ProofOfSearch; locale: string }> {
  const period = proofPeriod(query);
  const locale = checkedLocale(query.locale);
  const user = await deps.users.findById(query.userId);
  if (!user) throw new DomainError('AUTH.USER_NOT_FOUND');
  const [companies, contacts] = await Promise.all([
    deps.companies.findAll(query.userId, {}),
    deps.contacts.findPage(query.userId, {}, { offset: 0, limit: null }),
  ]);
  const report = proofOfSearch({
    person: { name: fullName(user) || user.email, email: user.email },
    period,
    applications: await inThePeriod(deps.applications.stream(query.userId, {}), period),
    companies,
    contacts: contacts.items,
  });
  return { report, locale };
}

/** Only the period's applications are kept while the user's whole collection streams by. */
async function inThePeriod(applications: AsyncIterable<Application>, period: ProofPeriod): Promise<Application[]> {
  const kept: Application[] = [];
  for await (const application of applications) if (sentInPeriod(application, period) !== null) kept.push(application);
  return kept;
}
