/** Companies queries and mutations; every change refreshes the companies cache. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { trpc, type RouterInputs } from '../../lib/trpc.js';

export const companyKeys = { all: ['companies'] as const };

export const companiesListQuery = (page: number, q: string) =>
  queryOptions({
    queryKey: ['companies', 'list', page, q],
    // Search is not paginated by the API; the list is (sorted by name).
    queryFn: async () => (q ? { kind: 'search' as const, results: await trpc.companies.search.query({ q }) } : { kind: 'page' as const, ...(await trpc.companies.list.query({ page, page_size: 25 })) }),
    placeholderData: keepPreviousData,
  });

export const companyDetailQuery = (id: string) =>
  queryOptions({ queryKey: ['companies', 'detail', id], queryFn: () => trpc.companies.get.query({ id }) });
export const companyStatsQuery = (id: string) =>
  queryOptions({ queryKey: ['companies', 'stats', id], queryFn: () => trpc.companies.stats.query({ id }) });
export const companyApplicationsQuery = (id: string) =>
  queryOptions({ queryKey: ['companies', 'applications', id], queryFn: () => trpc.companies.applications.query({ id }) });

function useCompanyMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => queryClient.invalidateQueries({ queryKey: companyKeys.all }) });
}

export const useCreateCompany = () => useCompanyMutation((input: RouterInputs['companies']['create']) => trpc.companies.create.mutate(input));
export const useUpdateCompany = () => useCompanyMutation((input: RouterInputs['companies']['update']) => trpc.companies.update.mutate(input));
export const useDeleteCompany = () => useCompanyMutation((id: string) => trpc.companies.delete.mutate({ id }));
export const useSyncCompanies = () => useCompanyMutation(() => trpc.companies.sync.mutate());
