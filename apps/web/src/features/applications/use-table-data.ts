/** The rows the table shows for its URL state. Filters and pages go to the server (the list API);
 * a search uses the search API, which is not paginated, so its matches are filtered and paged
 * here. */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Application } from '../../lib/trpc.js';
import { listQuery, searchQuery, type ListParams } from './applications-queries.js';
import type { TableSearch } from './table-search.js';

export const DEFAULT_PAGE_SIZE = 50;

export type TableData = {
  rows: Application[];
  count: number;
  page: number;
  pageSize: number;
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => void;
};

function matchesFilters(application: Application, search: TableSearch): boolean {
  const contains = (text: string | undefined, part: string | undefined) => !part || (text ?? '').toLowerCase().includes(part.toLowerCase());
  return (
    (!search.status || application.application?.status === search.status) &&
    contains(application.company.name, search.company) &&
    contains(application.job.title, search.job_title) &&
    (!search.favorites || application.is_favorite)
  );
}

/** The list API's parameters for the table's URL state. */
export function listParamsFor(search: TableSearch): ListParams {
  return {
    page: search.page ?? 1,
    page_size: search.size ?? DEFAULT_PAGE_SIZE,
    status: search.status,
    company: search.company,
    job_title: search.job_title,
    is_favorite: search.favorites ? 'true' : undefined,
  };
}

/** Starts the table's fetch when its route is entered (or hovered), alongside the page's code,
 * rather than after the page has rendered once. */
export function prefetchTableData(queryClient: QueryClient, search: TableSearch): void {
  const q = search.q ?? '';
  void (q === '' ? queryClient.prefetchQuery(listQuery(listParamsFor(search))) : queryClient.prefetchQuery(searchQuery(q)));
}

export function useTableData(search: TableSearch): TableData {
  const page = search.page ?? 1;
  const pageSize = search.size ?? DEFAULT_PAGE_SIZE;
  const q = search.q ?? '';
  const list = useQuery({ ...listQuery(listParamsFor(search)), enabled: q === '' });
  const found = useQuery(searchQuery(q));
  if (q !== '') {
    const matches = (found.data ?? []).filter((application) => matchesFilters(application, search));
    return {
      rows: matches.slice((page - 1) * pageSize, page * pageSize),
      count: matches.length,
      page,
      pageSize,
      isPending: found.isPending,
      isFetching: found.isFetching,
      error: found.error,
      refetch: () => void found.refetch(),
    };
  }
  return {
    rows: list.data?.results ?? [],
    count: list.data?.count ?? 0,
    page,
    pageSize,
    isPending: list.isPending,
    isFetching: list.isFetching,
    error: list.error,
    refetch: () => void list.refetch(),
  };
}
