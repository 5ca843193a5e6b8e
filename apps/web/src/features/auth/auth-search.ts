/** The sign-in page's URL state: where to go next and why the person is here. */
export type SignInSearch = { redirect?: string; reason?: 'expired' | 'signed-out' | 'deleted' };

export function parseSignInSearch(raw: Record<string, unknown>): SignInSearch {
  const search: SignInSearch = {};
  if (typeof raw['redirect'] === 'string') search.redirect = raw['redirect'];
  if (raw['reason'] === 'expired' || raw['reason'] === 'signed-out' || raw['reason'] === 'deleted') search.reason = raw['reason'];
  return search;
}
