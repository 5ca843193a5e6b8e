/** What is due on an application: its next action, its deadline while it is still only saved or
 * sent, and its upcoming interviews (timeline events dated after `now`). Shared by the due view
 * and the calendar feed. */
import type { ApplicationView } from '../applications/application-view.js';
import type { CalendarDate, TimelineEvent } from '../applications/application.js';
import { parseCalendarDate } from '../shared/calendar-date.js';
import { isClosingEvent, signalsOf } from './application-signals.js';

export type DueKind = 'follow_up' | 'deadline' | 'interview';

export type DueItem = {
  kind: DueKind;
  application_id: string;
  company: string;
  job_title: string;
  /** The next action's text, "Application deadline", or the event's title. */
  text: string;
  /** Follow-ups and deadlines: the calendar day. Interviews: null here; the due view fills in
   * the day of `at` in the user's time zone. */
  date: CalendarDate | null;
  /** Interviews: the instant. */
  at: Date | null;
  /** Interviews: the timeline event's type; for the calendar feed, its position in the timeline
   * (the timeline is append-only, so the position names the event). */
  event_type: string | null;
  event_index: number | null;
};

/** Appends every due item of one application to `into`, in no particular order. The view needs
 * `id`, `job.title`, `next_action`, `deadline`, the status, dates and the timeline. Most
 * applications have nothing due, so nothing is allocated for them. */
export function collectDueItems(view: ApplicationView, nowMs: number, into: DueItem[]): void {
  const action = view.next_action;
  if (action && parseCalendarDate(action.date) !== null) {
    into.push(dueItem(view, 'follow_up', { text: action.text, date: action.date }));
  }
  if (view.deadline && parseCalendarDate(view.deadline) !== null && deadlineStillCounts(view, nowMs)) {
    into.push(dueItem(view, 'deadline', { text: 'Application deadline', date: view.deadline }));
  }
  const timeline = view.timeline;
  if (!timeline) return;
  for (let index = 0; index < timeline.length; index += 1) {
    const event = timeline[index] as TimelineEvent;
    const ms = event.date?.getTime();
    if (ms === undefined || ms <= nowMs || isClosingEvent(event) || event.event_type === 'status_change') continue;
    into.push(
      dueItem(view, 'interview', { text: event.title ?? event.event_type ?? 'Interview', at: new Date(ms), event_type: event.event_type ?? null, event_index: index }),
    );
  }
}

/** The due items of one application. */
export function dueItemsOf(view: ApplicationView, nowMs: number): DueItem[] {
  const items: DueItem[] = [];
  collectDueItems(view, nowMs, items);
  return items;
}

function dueItem(view: ApplicationView, kind: DueKind, fields: Partial<DueItem> & { text: string }): DueItem {
  return {
    kind,
    application_id: view.id ?? '',
    company: view.company.name,
    job_title: view.job?.title ?? '',
    date: null,
    at: null,
    event_type: null,
    event_index: null,
    ...fields,
  };
}

/** A deadline is to apply by: it stops counting once the employer has answered, the application
 * moved past `applied`, or it has ended (closed, rejected, withdrawn, accepted). */
function deadlineStillCounts(view: ApplicationView, nowMs: number): boolean {
  const signals = signalsOf(view, nowMs);
  return signals.outcome === 'open' && !signals.responded && signals.furthestRank === 0;
}
