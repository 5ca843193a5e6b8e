/** One application on the board: company, title, days since applied, favorite and a flag when
 * nothing has happened for a while. The handle picks it up (mouse or keyboard). */
import { useDraggable } from '@dnd-kit/core';
import { Link } from '@tanstack/react-router';
import { memo, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import type { Status } from '../../lib/statuses.js';
import type { Application } from '../../lib/trpc.js';
import { daysSinceApplied, isStale, STALE_AFTER_DAYS } from '../applications/index.js';
import { MoveToMenu } from './move-to-menu.js';

type Props = { application: Application; onMove: (application: Application, status: Status) => void };

export function CardBody({ application }: { application: Application }) {
  const days = daysSinceApplied(application);
  return (
    <>
      <p className="board-card-company">
        {application.is_favorite && (
          <span className="favorite" title="Favorite" aria-label="Favorite">
            ★{' '}
          </span>
        )}
        {application.company.name}
      </p>
      <p className="board-card-title">{application.job.title}</p>
      <p className="row small muted">
        <span>{days === 0 ? 'Applied today' : `Applied ${days} ${days === 1 ? 'day' : 'days'} ago`}</span>
        {isStale(application) && <span className="badge badge-warning" title={`No activity for ${STALE_AFTER_DAYS}+ days`}>No activity</span>}
      </p>
    </>
  );
}

export const BoardCard = memo(function BoardCard({ application, onMove }: Props) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({ id: application.id });
  const itemName = `${application.job.title} at ${application.company.name}`;
  const status = application.application?.status ?? '';
  return (
    <li ref={setNodeRef} className={`board-card card ${isDragging ? 'is-dragging' : ''}`} onPointerDown={listeners?.['onPointerDown'] as PointerEventHandler | undefined}>
      <div className="board-card-top">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="drag-handle button-ghost"
          {...attributes}
          onKeyDown={listeners?.['onKeyDown'] as KeyboardEventHandler | undefined}
          aria-label={`Drag ${itemName}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <Link to="/applications/$applicationId" params={{ applicationId: application.id }} className="board-card-link">
          <CardBody application={application} />
        </Link>
      </div>
      <MoveToMenu current={status} itemName={itemName} onMove={(next) => onMove(application, next)} />
    </li>
  );
});
