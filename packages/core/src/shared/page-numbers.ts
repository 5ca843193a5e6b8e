/** Contract 1.7 pagination: page numbers (not URLs) in `next`/`previous`. */
import type { PageRequest } from '../applications/ports.js';

/** The largest page of a paginated list (defect 14.2: the original had no cap). */
export const MAX_PAGE_SIZE = 100;
/** The contract's default page size. */
export const DEFAULT_PAGE_SIZE = 20;

export type PageQuery = {
  /** 1-based; validated (>= 1) by the transport. */
  page: number;
  /** 0 means "the most allowed". */
  pageSize: number;
  /** The cap for one page (defect 14.2: the original had none). */
  maxPageSize: number;
};

export type PageEnvelope<T> = { count: number; next: number | null; previous: number | null; results: T[] };

/** The effective page size: 0 and anything above the cap become the cap. */
export function effectivePageSize(query: PageQuery): number {
  return query.pageSize <= 0 || query.pageSize > query.maxPageSize ? query.maxPageSize : query.pageSize;
}

export function pageRequest(query: PageQuery): PageRequest {
  const size = effectivePageSize(query);
  return { offset: (query.page - 1) * size, limit: size };
}

/** `next` when more rows follow this page; `previous` whenever page > 1, even past the end. */
export function pageEnvelope<T>(query: PageQuery, count: number, results: T[]): PageEnvelope<T> {
  const size = effectivePageSize(query);
  const skip = (query.page - 1) * size;
  return {
    count,
    next: skip + size < count ? query.page + 1 : null,
    previous: query.page > 1 ? query.page - 1 : null,
    results,
  };
}
