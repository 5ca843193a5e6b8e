/** The applications table's URL state (bookmarkable, survives reload): filters, search, sort and
 * page. Anything unreadable in a hand-edited URL falls back to its default. */
import { isStatus, type Status } from '../../lib/statuses.js';

export const SORT_COLUMNS = ['created', 'company', 'title', 'status', 'applied'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;

export type TableSearch = {
  status?: Status;
  company?: string;
  job_title?: string;
  favorites?: boolean;
  q?: string;
  sort?: SortColumn;
  dir?: 'asc' | 'desc';
  page?: number;
  size?: (typeof PAGE_SIZES)[number];
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.slice(0, 200) : undefined);

export function parseTableSearch(raw: Record<string, unknown>): TableSearch {
  const search: TableSearch = {};
  if (isStatus(raw['status'])) search.status = raw['status'];
  const company = text(raw['company']);
  if (company) search.company = company;
  const title = text(raw['job_title']);
  if (title) search.job_title = title;
  if (raw['favorites'] === true || raw['favorites'] === 'true') search.favorites = true;
  const q = text(raw['q']);
  if (q) search.q = q;
  if ((SORT_COLUMNS as readonly unknown[]).includes(raw['sort'])) search.sort = raw['sort'] as SortColumn;
  if (raw['dir'] === 'asc' || raw['dir'] === 'desc') search.dir = raw['dir'];
  const page = Number(raw['page']);
  if (Number.isInteger(page) && page > 1) search.page = page;
  const size = Number(raw['size']);
  if ((PAGE_SIZES as readonly number[]).includes(size) && size !== 50) search.size = size as TableSearch['size'];
  return search;
}
