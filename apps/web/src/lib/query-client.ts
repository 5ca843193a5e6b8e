/** The one query cache. Server state lives here only; a 401 from any query or mutation means the
 * session ended (expired, revoked, signed out elsewhere), which `onSessionLost` handles once.
 * Every settled mutation marks the insights stale. */
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

/** Every insight query's key starts with this. Insights are computed from everything (the
 * applications, the profile's skills, the settings), so any change refreshes them. */
export const INSIGHTS_KEY = ['insights'] as const;

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => handleError(error, query.meta) }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => handleError(error, mutation.meta),
    // Not after signing in or out: nothing they read changed, and after signing out a refetch
    // would only meet a 401. Not awaited: a mutation does not wait for the insights to reload.
    onSettled: (_data, _error, _vars, _ctx, mutation) => {
      if (!mutation.meta?.['expectsSignedOut']) void queryClient.invalidateQueries({ queryKey: INSIGHTS_KEY });
    },
  }),
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
