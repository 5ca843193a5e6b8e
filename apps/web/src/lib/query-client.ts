/** The one query cache. Server state lives here only; a 401 from any query or mutation means the
 * session ended (expired, revoked, signed out elsewhere), which `onSessionLost` handles once. */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthenticated } from './api-errors.js';

let sessionLostHandler: (() => void) | null = null;

/** The router registers how to send a person to sign-in; kept here to avoid an import cycle. */
export function onSessionLost(handler: () => void): void {
  sessionLostHandler = handler;
}

function handleError(error: unknown, meta: Record<string, unknown> | undefined): void {
  // The sign-in check itself expects 401 for visitors: that is not a lost session.
  if (meta?.['expectsSignedOut']) return;
  if (isUnauthenticated(error)) sessionLostHandler?.();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => handleError(error, query.meta) }),
  mutationCache: new MutationCache({ onError: (error, _vars, _ctx, mutation) => handleError(error, mutation.meta) }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failures, error) => failures < 2 && !isClientError(error),
      refetchOnWindowFocus: true,
    },
  },
});

function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === 'number' && status >= 400 && status < 500;
}
