/** The typed tRPC client: the web app talks to the API only through it. The session lives in an
 * HttpOnly cookie set by `auth.login`, so no token is kept in script-readable storage. */
import type { AppRouter } from '@jobtracker/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';

export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }) })],
});
