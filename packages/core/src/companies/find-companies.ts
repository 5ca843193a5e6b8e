/** The list, search and autocomplete reads (contract 7.1, 7.6, 7.7). Counts of applications come
 * from one grouped query per request, never one per company (defect 14.4). */
import { DomainError } from '../shared/domain-error.js';
import { pageEnvelope, pageRequest, type PageEnvelope, type PageQuery } from '../shared/page-numbers.js';
import type { Company } from './company.js';
import type { CompanyDeps } from './company-deps.js';
import { byName } from './company-fields.js';
import type { CompanyWithCount } from './manage-company.js';
import type { CompanyFilter } from './ports.js';

/** The list's filters as they arrive (text). */
export type CompanyListFilter = {
  industry?: string;
  location?: string;
  isFavorite?: string;
  tags?: string;
};

/** The page numbers as contracts' `paginationQuery` validated them, and the filters. */
export type CompanyListQuery = PageQuery & CompanyListFilter;

export const DEFAULT_AUTOCOMPLETE_LIMIT = 10;
export const MAX_AUTOCOMPLETE_LIMIT = 100;

/** Empty values are no filter, as in the original's `if value:` checks. */
export function companyFilterOf(query: CompanyListFilter): CompanyFilter {
  const filter: CompanyFilter = {};
  if (query.industry) filter.industryContains = query.industry;
  if (query.location) filter.locationContains = query.location;
  if (query.isFavorite) filter.isFavorite = query.isFavorite.toLowerCase() === 'true';
  // Not trimmed: " b" is a different tag from "b".
  if (query.tags) filter.anyTag = query.tags.split(',');
  return filter;
}

export async function withApplicationCounts(
  deps: Pick<CompanyDeps, 'applications'>,
  userId: number,
  companies: Company[],
): Promise<CompanyWithCount[]> {
  if (companies.length === 0) return [];
  const counts = await deps.applications.countByCompanyNames(userId, [...new Set(companies.map((c) => c.name))]);
  return companies.map((company) => ({ company, applicationCount: counts.get(company.name) ?? 0 }));
}

export async function listCompanies(
  deps: Pick<CompanyDeps, 'companies' | 'applications'>,
  command: { userId: number; query: CompanyListQuery },
): Promise<PageEnvelope<CompanyWithCount>> {
  const { total, items } = await deps.companies.findPage(command.userId, companyFilterOf(command.query), pageRequest(command.query));
  return pageEnvelope(command.query, total, await withApplicationCounts(deps, command.userId, items));
}

/** Case-insensitive literal substring of name, industry or location; sorted by name. */
export async function searchCompanies(
  deps: Pick<CompanyDeps, 'companies' | 'applications'>,
  command: { userId: number; q: string | undefined },
): Promise<CompanyWithCount[]> {
  if (!command.q) throw new DomainError('SEARCH.TERM_REQUIRED');
  const found = await deps.companies.findAll(command.userId, { anyTextContains: command.q });
  return withApplicationCounts(deps, command.userId, [...found].sort(byName));
}

export type CompanySuggestion = { id: string; name: string; industry: string; location: string };

/** `limit`: default 10; 0 means the cap; a negative value counts as its size (MongoDB's
 * negative limit); never more than the cap. */
export function autocompleteLimit(limit: number | undefined): number {
  const wanted = Math.abs(limit ?? DEFAULT_AUTOCOMPLETE_LIMIT);
  return wanted === 0 || wanted > MAX_AUTOCOMPLETE_LIMIT ? MAX_AUTOCOMPLETE_LIMIT : wanted;
}

/** Case-insensitive name prefix, sorted by name; `[]` for an empty `q`. */
export async function autocompleteCompanies(
  deps: Pick<CompanyDeps, 'companies'>,
  command: { userId: number; q: string | undefined; limit: number | undefined },
): Promise<CompanySuggestion[]> {
  if (!command.q) return [];
  const { items } = await deps.companies.findPage(
    command.userId,
    { namePrefix: command.q },
    { offset: 0, limit: autocompleteLimit(command.limit) },
  );
  return items.map((company) => ({
    id: company.id,
    name: company.name,
    industry: company.industry || '',
    location: company.location || '',
  }));
}
