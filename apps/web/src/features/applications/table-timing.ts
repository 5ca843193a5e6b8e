/** Performance API marks around the applications table: from a navigation to the table (or a
 * change of its filters or page) to the moment its rows are painted. The bench's browser probe
 * (tooling/bench) reads the `table:first-page` and `table:filter-change` measures; anyone can see
 * them in the browser's performance panel. A mark and a measure per navigation, nothing more. */
import { useLayoutEffect } from 'react';

type Kind = 'first-page' | 'filter-change' | 'page-change';
type Location = { pathname: string; search: Record<string, unknown> };

const TABLE_PATH = '/applications';
const FILTER_KEYS = ['status', 'company', 'job_title', 'favorites', 'q'] as const;

let pending: Kind | null = null;

/** Called by the router before every navigation. */
export function noteTableNavigation(from: Location | undefined, to: Location): void {
  if (to.pathname !== TABLE_PATH) {
    pending = null;
    return;
  }
  const kind: Kind =
    from?.pathname !== TABLE_PATH ? 'first-page' : FILTER_KEYS.some((key) => from.search[key] !== to.search[key]) ? 'filter-change' : 'page-change';
  pending = kind;
  performance.mark(`table:${kind}:start`);
}

/** Ends the pending measure once `ready` rows are committed and painted. */
export function useTableRenderedMark(ready: boolean, rows: unknown): void {
  useLayoutEffect(() => {
    if (!ready || pending === null) return;
    const kind = pending;
    pending = null;
    // The layout effect runs before paint; the next frame's task comes after it.
    requestAnimationFrame(() => setTimeout(() => performance.measure(`table:${kind}`, `table:${kind}:start`), 0));
  }, [ready, rows]);
}
