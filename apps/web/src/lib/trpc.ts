/** The typed tRPC client: the web app talks to the API only through it. The session lives in an
 * HttpOnly cookie set by `auth.login`, so no token is ever kept in script-readable storage. */
import type { AppRouter } from '@jobtracker/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type Me = RouterOutputs['auth']['me'];
export type Application = RouterOutputs['applications']['get'];
export type ApplicationPage = RouterOutputs['applications']['list'];

export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }) })],
});
