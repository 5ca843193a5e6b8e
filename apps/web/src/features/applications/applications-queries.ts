/** The applications queries, one place for their keys so every mutation can refresh them. */
import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Status } from '../../lib/statuses.js';
import { trpc } from '../../lib/trpc.js';

export const applicationKeys = {
  all: ['applications'] as const,
  list: (params: ListParams) => ['applications', 'list', params] as const,
  search: (q: string) => ['applications', 'search', q] as const,
  board: () => ['applications', 'board'] as const,
  column: (status: Status) => ['applications', 'board', status] as const,
  detail: (id: string) => ['applications', 'detail', id] as const,
};

export type ListParams = {
  page: number;
  page_size: number;
  status?: string | undefined;
  company?: string | undefined;
  job_title?: string | undefined;
  is_favorite?: 'true' | undefined;
};

export const listQuery = (params: ListParams) =>
  queryOptions({
    queryKey: applicationKeys.list(params),
    queryFn: () => trpc.applications.list.query(params),
    placeholderData: keepPreviousData,
  });

/** Search is not paginated by the API: the whole match list comes back at once. */
export const searchQuery = (q: string) =>
  queryOptions({
    queryKey: applicationKeys.search(q),
    queryFn: () => trpc.applications.search.query({ q }),
    placeholderData: keepPreviousData,
    enabled: q.trim() !== '',
  });

export const COLUMN_PAGE_SIZE = 50;

/** One board column: pages of 50, newest first, more on demand. */
export const columnQuery = (status: Status) =>
  infiniteQueryOptions({
    queryKey: applicationKeys.column(status),
    queryFn: ({ pageParam }) => trpc.applications.list.query({ status, page: pageParam, page_size: COLUMN_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const detailQuery = (id: string) =>
  queryOptions({
    queryKey: applicationKeys.detail(id),
    queryFn: () => trpc.applications.get.query({ id }),
  });
