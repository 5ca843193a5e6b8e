/** Reading many applications: the paginated list (contract 5.1 and 1.7), search (5.9) and
 * the per-status statistics (5.8). */
import { DomainError } from '../shared/domain-error.js';
import type { Application } from './application.js';
import { pageEnvelope, pageRequest, type PageEnvelope, type PageQuery } from '../shared/page-numbers.js';
import type { ApplicationFilter, ApplicationRepository, StatusCount } from './ports.js';

type Deps = { applications: Pick<ApplicationRepository, 'findPage' | 'stream' | 'countByStatus'> };

/** The list's filters: raw query text; empty values are ignored. */
export type ListApplicationsFilter = {
  status?: string;
  company?: string;
  jobTitle?: string;
  isFavorite?: string;
};

/** `page` and `pageSize` as contracts' `paginationQuery` validated them, and the filters. */
export type ListApplicationsQuery = PageQuery & ListApplicationsFilter;

export type ApplicationPage = PageEnvelope<Application>;

export function listFilter(query: ListApplicationsFilter): ApplicationFilter {
  const filter: ApplicationFilter = {};
  if (query.status) filter.status = query.status;
  if (query.company) filter.companyContains = query.company;
  if (query.jobTitle) filter.jobTitleContains = query.jobTitle;
  // `true` in any case means favorites; any other non-empty value means non-favorites.
  if (query.isFavorite) filter.isFavorite = query.isFavorite.toLowerCase() === 'true';
  return filter;
}

/** `next`/`previous` are page numbers; `previous` stays non-null past the last page. */
export async function listApplications(
  deps: Deps,
  command: { userId: number; query: ListApplicationsQuery },
): Promise<ApplicationPage> {
  const { total, items } = await deps.applications.findPage(command.userId, listFilter(command.query), pageRequest(command.query));
  return pageEnvelope(command.query, total, items);
}

/** Literal, case-insensitive substring over company name, job title and notes; not paginated. */
export async function searchApplications(
  deps: Deps,
  command: { userId: number; term: string | undefined },
): Promise<Application[]> {
  const term = command.term?.trim();
  if (!term) throw new DomainError('SEARCH.TERM_REQUIRED');
  const results: Application[] = [];
  for await (const application of deps.applications.stream(command.userId, { anyTextContains: term })) {
    results.push(application);
  }
  return results;
}

export type ApplicationStats = {
  total_applications: number;
  status_breakdown: Record<string, number>;
};

/** A missing status is keyed "None" here (the DictField spelling; contract 5.8 and 14.13). */
export function applicationStats(statusCounts: ReadonlyArray<StatusCount>): ApplicationStats {
  const status_breakdown: Record<string, number> = {};
  let total = 0;
  for (const { status, count } of statusCounts) {
    const key = status ?? 'None';
    status_breakdown[key] = (status_breakdown[key] ?? 0) + count;
    total += count;
  }
  return { total_applications: total, status_breakdown };
}

export async function getApplicationStats(deps: Deps, query: { userId: number }): Promise<ApplicationStats> {
  return applicationStats(await deps.applications.countByStatus(query.userId));
}
