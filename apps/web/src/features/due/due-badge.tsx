/** The count beside "Due" in the navigation: what is overdue or due today. Nothing while there is
 * nothing to do (or while it loads), so the navigation does not flicker. */
import { useQuery } from '@tanstack/react-query';
import { dueQuery } from './due-queries.js';

export function DueBadge() {
  const { data } = useQuery(dueQuery);
  const count = data ? data.overdue.length + data.due_today.length : 0;
  if (count === 0) return null;
  return (
    <span className="nav-badge" data-testid="due-badge">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">: {count} overdue or due today</span>
    </span>
  );
}
