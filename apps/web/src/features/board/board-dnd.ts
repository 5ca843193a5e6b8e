/** Drag-and-drop rules for the board: which column a card is over, how the keyboard moves a
 * picked-up card (left/right jumps a whole column), and what screen readers hear. */
import { pointerWithin, rectIntersection, type Announcements, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { statusLabel } from '../../lib/statuses.js';
import type { Application } from '../../lib/trpc.js';

/** The pointer decides for mice; keyboard drags have no pointer, so fall back to overlap. */
export const boardCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/** Left/right arrows jump to the neighbouring column; up/down are not needed (columns are sorted
 * by date, not by hand). */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const centre = collisionRect.left + collisionRect.width / 2;
  const columns = droppableContainers
    .getEnabled()
    .map((container) => ({ id: container.id, rect: droppableRects.get(container.id) }))
    .filter((column): column is { id: typeof column.id; rect: NonNullable<typeof column.rect> } => Boolean(column.rect))
    .sort((a, b) => a.rect.left - b.rect.left);
  const target =
    event.code === 'ArrowRight'
      ? columns.find((column) => column.rect.left > centre)
      : [...columns].reverse().find((column) => column.rect.left + column.rect.width < centre);
  if (!target) return currentCoordinates;
  return {
    x: target.rect.left + (target.rect.width - collisionRect.width) / 2,
    y: Math.min(Math.max(currentCoordinates.y, target.rect.top + 48), target.rect.top + target.rect.height - collisionRect.height),
  };
};

export const screenReaderInstructions = {
  draggable:
    'To move this application, press space or enter to pick it up, use the left and right arrow keys to choose a column, then press space or enter to drop it, or escape to cancel. You can also use the Move to button.',
};

export function boardAnnouncements(find: (id: string) => Application | undefined): Announcements {
  const name = (id: string | number) => {
    const application = find(String(id));
    return application ? `${application.job.title} at ${application.company.name}` : 'the application';
  };
  const column = (id: string | number | undefined) => statusLabel(id === undefined ? undefined : String(id));
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${name(active.id)} is over the ${column(over.id)} column.` : `${name(active.id)} is not over a column.`),
    onDragEnd: ({ active, over }) => (over ? `${name(active.id)} was dropped in the ${column(over.id)} column.` : `${name(active.id)} was dropped back where it was.`),
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
  };
}
