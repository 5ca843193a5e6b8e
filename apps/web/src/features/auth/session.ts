/** The signed-in person, as the query cache knows them. The session itself is the HttpOnly
 * cookie: this only asks the server who that cookie belongs to. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { trpc, type Me } from '../../lib/trpc.js';

export const meQuery = queryOptions({
  queryKey: ['auth', 'me'],
  queryFn: () => trpc.auth.me.query(),
  staleTime: 5 * 60_000,
  retry: false,
  meta: { expectsSignedOut: true },
});

export function useMe(): Me | undefined {
  return useQuery(meQuery).data;
}

/** Only same-site paths are followed after signing in (no open redirect). */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/sign-')) return '/board';
  return target;
}
