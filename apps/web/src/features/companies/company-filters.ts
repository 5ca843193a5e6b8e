/** The list endpoint's filter rules (contract 7.1), for search results, which the API returns
 * unfiltered: industry and location match a case-insensitive substring, favorites the flag, and
 * tags any one of the given tags exactly. */
import type { CompanyObject } from '@jobtracker/contracts';
import { tagList, type CompaniesSearch } from './companies-search.js';

const contains = (value: string | null | undefined, part: string) => (value ?? '').toLowerCase().includes(part.toLowerCase());

export function matchesFilters(company: CompanyObject, search: CompaniesSearch): boolean {
  if (search.industry && !contains(company.industry, search.industry)) return false;
  if (search.location && !contains(company.location, search.location)) return false;
  if (search.favorites && !company.is_favorite) return false;
  const tags = tagList(search.tags);
  if (tags.length > 0 && !tags.some((tag) => company.tags.includes(tag))) return false;
  return true;
}
