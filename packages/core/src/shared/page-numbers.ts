/** Contract 1.7 pagination: page numbers (not URLs) in `next`/`previous`. */
import type { PageRequest } from '../applications/ports.js';

/** The largest page of a paginated list (defect 14.2: the original had no cap). */
export const MAX_PAGE_SIZE = 100;
/** The contract's default page size. */
export const DEFAULT_PAGE_SIZE = 20;

/** Validated by the caller (contracts' `paginationQuery`): `page >= 1` and
 * `1 <= pageSize <= MAX_PAGE_SIZE`. */
export type PageQuery = {
  /** 1-based. */
  page: number;
  pageSize: number;
};

export type PageEnvelope<T> = { count: number; next: number | null; previous: number | null; results: T[] };

export function pageRequest(query: PageQuery): PageRequest {
  return { offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
}

/** `next` when more rows follow this page; `previous` whenever page > 1, even past the end. */
export function pageEnvelope<T>(query: PageQuery, count: number, results: T[]): PageEnvelope<T> {
  const skip = (query.page - 1) * query.pageSize;
  return {
    count,
    next: skip + query.pageSize < count ? query.page + 1 : null,
    previous: query.page > 1 ? query.page - 1 : null,
    results,
  };
}
