/** The companies queries and mutations, with one set of keys so every change refreshes them. */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RouterInputs, RouterOutputs } from '../../lib/trpc.js';
import { trpc } from '../../lib/trpc.js';
import { tagList, type CompaniesSearch } from './companies-search.js';
import { matchesFilters } from './company-filters.js';

export type Company = RouterOutputs['companies']['get'];
export type CompanyCreateBody = RouterInputs['companies']['create'];
export type CompanyUpdateBody = RouterInputs['companies']['update'];

export const PAGE_SIZE = 20;

export const companyKeys = {
  all: ['companies'] as const,
  list: (params: RouterInputs['companies']['list']) => ['companies', 'list', params] as const,
  search: (q: string) => ['companies', 'search', q] as const,
  detail: (id: string) => ['companies', 'detail', id] as const,
  applications: (id: string) => ['companies', 'applications', id] as const,
  stats: (id: string) => ['companies', 'stats', id] as const,
};

export const companyQuery = (id: string) =>
  queryOptions({ queryKey: companyKeys.detail(id), queryFn: () => trpc.companies.get.query({ id }) });

// Applications change elsewhere (board, forms), so what a company has is re-read on every visit.
export const companyApplicationsQuery = (id: string) =>
  queryOptions({ queryKey: companyKeys.applications(id), queryFn: () => trpc.companies.applications.query({ id }), staleTime: 0 });

export const companyStatsQuery = (id: string) =>
  queryOptions({ queryKey: companyKeys.stats(id), queryFn: () => trpc.companies.stats.query({ id }), staleTime: 0 });

export type CompanyPage = { count: number; page: number; pageCount: number; results: Company[] };

/** One page of companies. The list endpoint pages and filters on the server; the search endpoint
 * (name, industry or location) returns every match at once, so its matches are filtered and paged
 * here with the list's own rules. */
export function useCompanyPage(search: CompaniesSearch) {
  const page = search.page ?? 1;
  const q = search.q?.trim() ?? '';
  const tags = tagList(search.tags).join(',');
  const listParams = {
    page,
    page_size: PAGE_SIZE,
    ...(search.industry ? { industry: search.industry } : {}),
    ...(search.location ? { location: search.location } : {}),
    ...(search.favorites ? { is_favorite: 'true' } : {}),
    ...(tags ? { tags } : {}),
  };
  const list = useQuery({
    queryKey: companyKeys.list(listParams),
    queryFn: () => trpc.companies.list.query(listParams),
    placeholderData: keepPreviousData,
    enabled: q === '',
  });
  const found = useQuery({
    queryKey: companyKeys.search(q),
    queryFn: () => trpc.companies.search.query({ q }),
    placeholderData: keepPreviousData,
    enabled: q !== '',
  });
  const active = q === '' ? list : found;
  let data: CompanyPage | undefined;
  if (q === '' && list.data) {
    data = { count: list.data.count, page, pageCount: Math.max(1, Math.ceil(list.data.count / PAGE_SIZE)), results: list.data.results };
  } else if (q !== '' && found.data) {
    const matches = found.data.filter((company) => matchesFilters(company, search));
    data = { count: matches.length, page, pageCount: Math.max(1, Math.ceil(matches.length / PAGE_SIZE)), results: matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) };
  }
  return { data, isPending: active.isPending, isFetching: active.isFetching, error: active.error, refetch: active.refetch };
}

function useInvalidateCompanies() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: companyKeys.all });
}

export function useCreateCompany() {
  const invalidate = useInvalidateCompanies();
  return useMutation({ mutationFn: (body: CompanyCreateBody) => trpc.companies.create.mutate(body), onSuccess: invalidate });
}

export function useUpdateCompany() {
  const invalidate = useInvalidateCompanies();
  return useMutation({ mutationFn: (body: CompanyUpdateBody) => trpc.companies.update.mutate(body), onSuccess: invalidate });
}

export function useDeleteCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => trpc.companies.delete.mutate({ id }),
    onSuccess: async (_result, id) => {
      // The detail page is gone: drop its entries instead of refetching a 404.
      for (const key of [companyKeys.detail(id), companyKeys.applications(id), companyKeys.stats(id)]) queryClient.removeQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: companyKeys.all });
    },
  });
}

export function useSyncCompanies() {
  const invalidate = useInvalidateCompanies();
  return useMutation({ mutationFn: () => trpc.companies.sync.mutate(), onSuccess: invalidate });
}
