/** One application on the board: company, title, days since applied, favorite, and a flag: closed
 * as "no response", silent (no answer for the user's silence threshold), or no activity for a
 * while. The handle picks it up (mouse or keyboard); the menu moves it or closes it. */
import { useDraggable } from '@dnd-kit/core';
import { Link } from '@tanstack/react-router';
import { memo, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import type { Status } from '../../lib/statuses.js';
import type { Application } from '../../lib/trpc.js';
import { canCloseAsNoResponse, closedAsNoResponseOn, daysSinceApplied, isStale, STALE_AFTER_DAYS } from '../applications/index.js';
import { MoveToMenu } from './move-to-menu.js';

/** Days an application has waited without an answer, when the silence insight flags it. */
export type SilentDays = number | undefined;

type Props = {
  application: Application;
  silentDays: SilentDays;
  onMove: (application: Application, status: Status) => void;
  onCloseAsNoResponse: (application: Application) => void;
};

function Flag({ application, silentDays }: { application: Application; silentDays: SilentDays }) {
  if (closedAsNoResponseOn(application)) return <span className="badge badge-closed">Closed: no response</span>;
  if (silentDays !== undefined) {
    return (
      <span className="badge badge-warning" title={`No answer for ${silentDays} days`}>
        Silent {silentDays} days
      </span>
    );
  }
  return isStale(application) ? <span className="badge badge-warning" title={`No activity for ${STALE_AFTER_DAYS}+ days`}>No activity</span> : null;
}

export function CardBody({ application, silentDays }: { application: Application; silentDays: SilentDays }) {
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
        <Flag application={application} silentDays={silentDays} />
      </p>
    </>
  );
}

export const BoardCard = memo(function BoardCard({ application, silentDays, onMove, onCloseAsNoResponse }: Props) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({ id: application.id });
  const itemName = `${application.job.title} at ${application.company.name}`;
  const status = application.application?.status ?? '';
  return (
    <li ref={setNodeRef} className={`board-card card ${isDragging ? 'is-dragging' : ''} ${closedAsNoResponseOn(application) ? 'is-closed' : ''}`} onPointerDown={listeners?.['onPointerDown'] as PointerEventHandler | undefined}>
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
          <CardBody application={application} silentDays={silentDays} />
        </Link>
      </div>
      <MoveToMenu
        current={status}
        itemName={itemName}
        onMove={(next) => onMove(application, next)}
        {...(canCloseAsNoResponse(application) ? { onCloseAsNoResponse: () => onCloseAsNoResponse(application) } : {})}
      />
    </li>
  );
});
