/** The typed tRPC client of the web app, sending through the in-process app (`app.request`), so
 * a test calls the same `/trpc` endpoint a browser does without opening a port. */
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../procedures/app.router.js';
import type { TestApp } from './test-app.js';

export function trpcClientOf(t: TestApp, token: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: 'http://localhost/trpc',
        headers: () => ({ Authorization: `Bearer ${token}` }),
        fetch: async (url, init) => t.app.request(String(url), init as RequestInit),
      }),
    ],
  });
}

export type TrpcClient = ReturnType<typeof trpcClientOf>;
