/** The companies list's URL state (bookmarkable, survives reload): search text, the API's filters
 * and the page. Anything unreadable in a hand-edited URL falls back to its default. */

export type CompaniesSearch = {
  q?: string;
  industry?: string;
  location?: string;
  favorites?: boolean;
  /** Comma-separated, as the API takes them. */
  tags?: string;
  page?: number;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.slice(0, 200) : undefined);

export function parseCompaniesSearch(raw: Record<string, unknown>): CompaniesSearch {
  const search: CompaniesSearch = {};
  for (const key of ['q', 'industry', 'location', 'tags'] as const) {
    const value = text(raw[key]);
    if (value) search[key] = value;
  }
  if (raw['favorites'] === true || raw['favorites'] === 'true') search.favorites = true;
  const page = Number(raw['page']);
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

/** Tags as people type them ("remote, b2b"): stored tags are trimmed, so the query's are too. */
export function tagList(tags: string | undefined): string[] {
  return (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
}

export function hasFilters(search: CompaniesSearch): boolean {
  return Boolean(search.q || search.industry || search.location || search.favorites || search.tags);
}
