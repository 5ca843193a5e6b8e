/** The board: a column per status; move cards by mouse, keyboard or the "Move to" menu. Every
 * move goes through the status-change procedure, which records the timeline event. Silent
 * applications are flagged, and can be closed as "no response" from their menu. */
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { isStatus, STATUSES, type Status } from '../../lib/statuses.js';
import type { Application, ApplicationPage } from '../../lib/trpc.js';
import { applicationKeys, CloseAsNoResponseDialog, useChangeStatus, type CloseTarget } from '../applications/index.js';
import { silenceQuery } from '../due/index.js';
import { CardBody } from './board-card.js';
import { BoardColumn } from './board-column.js';
import { boardAnnouncements, boardCollision, columnKeyboardCoordinates, screenReaderInstructions } from './board-dnd.js';
import './board.css';

export function BoardPage() {
  const queryClient = useQueryClient();
  const changeStatus = useChangeStatus();
  const [active, setActive] = useState<Application | null>(null);
  const [closing, setClosing] = useState<CloseTarget | null>(null);
  const silence = useQuery(silenceQuery);
  const silent = useMemo(() => new Map((silence.data?.applications ?? []).map((item) => [item.id, item.days_waiting])), [silence.data]);
  const askToClose = useCallback(
    (application: Application) => setClosing({ id: application.id, company: application.company.name, title: application.job.title }),
    [],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const find = useCallback(
    (id: string): Application | undefined => {
      for (const [, data] of queryClient.getQueriesData<InfiniteData<ApplicationPage>>({ queryKey: applicationKeys.board() })) {
        for (const page of data?.pages ?? []) {
          const found = page.results.find((item) => item.id === id);
          if (found) return found;
        }
      }
      return undefined;
    },
    [queryClient],
  );
  const announcements = useMemo(() => boardAnnouncements(find), [find]);

  const move = useCallback(
    (application: Application, status: Status) => {
      if (application.application?.status === status) return;
      changeStatus.mutate({ application, status });
    },
    [changeStatus],
  );

  const onDragStart = ({ active: dragged }: DragStartEvent) => setActive(find(String(dragged.id)) ?? null);
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActive(null);
    const application = find(String(dragged.id));
    if (application && over && isStatus(over.id)) move(application, over.id);
  };

  return (
    <div className="page page-wide">
      <div className="page-header">
        <h1>Board</h1>
        <span className="spacer" />
        <Link to="/applications/new" className="button button-primary">
          New application
        </Link>
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={boardCollision}
        accessibility={{ announcements, screenReaderInstructions }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActive(null)}
      >
        <div className="board" role="region" aria-label="Applications by status" tabIndex={0}>
          {STATUSES.map((status) => (
            <BoardColumn key={status} status={status} silent={silent} onMove={move} onCloseAsNoResponse={askToClose} />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {active ? (
            <div className="board-card card is-overlay">
              <CardBody application={active} silentDays={silent.get(active.id)} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <CloseAsNoResponseDialog target={closing} onClose={() => setClosing(null)} />
    </div>
  );
}
