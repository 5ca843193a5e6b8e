/** Changing what is due on an application (its next action and deadline) and closing it as "no
 * response". Both are one atomic update of the document. */
import { changeApplication } from '../applications/manage-applications.js';
import { NO_RESPONSE, type Application, type CalendarDate, type NextAction, type TimelineEvent } from '../applications/application.js';
import type { ApplicationRepository } from '../applications/ports.js';
import { isCalendarDate } from '../shared/calendar-date.js';
import { validationError } from '../shared/domain-error.js';
import { signalsOf } from './application-signals.js';

type Deps = { applications: Pick<ApplicationRepository, 'update'> };

export const DATE_FORMAT_MESSAGE = 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.';
export const NO_RESPONSE_EVENT_TYPE = NO_RESPONSE;
export const NO_RESPONSE_TITLE = 'Closed as no response';

/** Sets or clears (null) the next action and the deadline; a key left out stays as it is. */
export async function setFollowUp(
  deps: Deps,
  command: { userId: number; id: string; next_action?: NextAction | null; deadline?: CalendarDate | null; now: Date },
): Promise<Application> {
  const { next_action: nextAction, deadline, now } = command;
  // The transport validates first; this keeps core's own promise that stored dates are real days.
  if (nextAction && !isCalendarDate(nextAction.date)) throw validationError({ next_action: { date: [DATE_FORMAT_MESSAGE] } });
  if (deadline && !isCalendarDate(deadline)) throw validationError({ deadline: [DATE_FORMAT_MESSAGE] });
  return changeApplication(deps, {
    userId: command.userId,
    id: command.id,
    change: (current) => {
      const next: Application = { ...current, updated_at: now };
      if (nextAction !== undefined) next.next_action = nextAction === null ? null : { date: nextAction.date, text: nextAction.text };
      if (deadline !== undefined) next.deadline = deadline;
      return next;
    },
  });
}

/** The closing event "no response", as this use case and the CSV import write it. */
export function noResponseEvent(date: Date, notes = ''): TimelineEvent {
  return { date, event_type: NO_RESPONSE_EVENT_TYPE, title: NO_RESPONSE_TITLE, notes, closed_as: NO_RESPONSE };
}

/** Records that the employer never answered: a timeline event marked `closed_as: "no_response"`.
 * The status is left as it is, so the contract's statuses and every existing number stay the
 * same, and the new statistics count it apart from rejections. Closing a closed application
 * changes nothing; any later event (a status change, say) reopens it. */
export function closeAsNoResponse(deps: Deps, command: { userId: number; id: string; notes?: string; now: Date }): Promise<Application> {
  const { now } = command;
  return changeApplication(deps, {
    userId: command.userId,
    id: command.id,
    change: (current) => {
      if (signalsOf(current, now.getTime()).closedMs !== null) return current;
      return { ...current, timeline: [...(current.timeline ?? []), noResponseEvent(now, command.notes)], updated_at: now };
    },
  });
}
