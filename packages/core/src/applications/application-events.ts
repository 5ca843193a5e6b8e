/** Timeline appends and status changes: both append inside one atomic update, so concurrent
 * requests on the same application all land. */
import type { Application, TimelineEvent } from './application.js';
import { changeApplication } from './manage-applications.js';
import type { ApplicationRepository } from './ports.js';

type Deps = { applications: Pick<ApplicationRepository, 'update'> };

export type NewTimelineEvent = {
  event_type: string;
  title: string;
  date?: Date;
  notes?: string;
  interviewer_name?: string;
  interview_type?: string;
};

/** Appended with all six keys, unsorted (contract 5.6). */
export function addTimelineEvent(
  deps: Deps,
  command: { userId: number; id: string; event: NewTimelineEvent; now: Date },
): Promise<Application> {
  const { event, now } = command;
  const stored: TimelineEvent = {
    date: event.date ?? now,
    event_type: event.event_type,
    title: event.title,
    notes: event.notes ?? '',
    interviewer_name: event.interviewer_name ?? '',
    interview_type: event.interview_type ?? '',
  };
  return changeApplication(deps, {
    userId: command.userId,
    id: command.id,
    change: (current) => ({ ...current, timeline: [...(current.timeline ?? []), stored], updated_at: now }),
  });
}

/** Sets the status and logs a `status_change` event, even when the status is unchanged (5.7). */
export function changeApplicationStatus(
  deps: Deps,
  command: { userId: number; id: string; status: string; notes?: string; now: Date },
): Promise<Application> {
  const { status, now } = command;
  return changeApplication(deps, {
    userId: command.userId,
    id: command.id,
    change: (current) => {
      const old = current.application?.status ?? 'unknown';
      const event: TimelineEvent = {
        date: now,
        event_type: 'status_change',
        title: `Status changed from ${old} to ${status}`,
        notes: command.notes ?? '',
      };
      return {
        ...current,
        application: { ...current.application, status },
        timeline: [...(current.timeline ?? []), event],
        updated_at: now,
      };
    },
  });
}
