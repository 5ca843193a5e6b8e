/** A status column: heading with the count, its own scroll, pages of cards loaded on demand. */
import { useDroppable } from '@dnd-kit/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { SkeletonList } from '../../components/skeleton.js';
import { statusLabel, type Status } from '../../lib/statuses.js';
import type { Application } from '../../lib/trpc.js';
import { columnQuery } from '../applications/index.js';
import { BoardCard } from './board-card.js';

type Props = {
  status: Status;
  /** Days waiting of the silent applications, by id. */
  silent: ReadonlyMap<string, number>;
  onMove: (application: Application, status: Status) => void;
  onCloseAsNoResponse: (application: Application) => void;
};

export function BoardColumn({ status, silent, onMove, onCloseAsNoResponse }: Props) {
  const query = useInfiniteQuery(columnQuery(status));
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const headingId = useId();
  const items = query.data?.pages.flatMap((page) => page.results) ?? [];
  const count = query.data?.pages[0]?.count;
  return (
    <section ref={setNodeRef} className={`board-column ${isOver ? 'is-over' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="board-column-title">
        {statusLabel(status)} <span className="badge" aria-label={count === undefined ? 'loading count' : `${count} applications`}>{count ?? '…'}</span>
      </h2>
      <div className="board-column-body" tabIndex={-1}>
        {query.isPending ? (
          <SkeletonList rows={3} height="5.5rem" label={`Loading ${statusLabel(status)}`} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : items.length === 0 ? (
          <p className="board-empty muted small">Nothing here yet. Drag a card here or use “Move to”.</p>
        ) : (
          <ul className="board-list" aria-labelledby={headingId}>
            {items.map((application) => (
              <BoardCard key={application.id} application={application} silentDays={silent.get(application.id)} onMove={onMove} onCloseAsNoResponse={onCloseAsNoResponse} />
            ))}
          </ul>
        )}
        {query.hasNextPage && (
          <button type="button" className="button-small board-more" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? 'Loading…' : `Show more (${(count ?? 0) - items.length} left)`}
          </button>
        )}
      </div>
    </section>
  );
}
