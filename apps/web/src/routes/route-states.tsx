/** Route-level loading and error states, shared by every page. */
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorState } from '../components/error-state.js';
import { SkeletonList } from '../components/skeleton.js';

export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <div className="page">
      <ErrorState
        error={error}
        title="Something went wrong on this page"
        onRetry={() => {
          reset();
          void router.invalidate();
        }}
      />
    </div>
  );
}

export function RoutePending() {
  return (
    <div className="page">
      <SkeletonList rows={6} label="Loading page" />
    </div>
  );
}

export function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
    </div>
  );
}
