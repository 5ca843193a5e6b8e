/** The contacts list's URL state (bookmarkable, survives reload): search text and page. */
export type ContactsSearch = { q?: string; page?: number };

export function parseContactsSearch(raw: Record<string, unknown>): ContactsSearch {
  const search: ContactsSearch = {};
  if (typeof raw['q'] === 'string' && raw['q'].trim() !== '') search.q = raw['q'].slice(0, 200);
  const page = Number(raw['page']);
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}
