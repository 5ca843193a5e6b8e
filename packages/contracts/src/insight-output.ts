/** Core's insight results as the contract shows them: instants as `YYYY-MM-DD HH:MM:SS` (UTC),
 * like every datetime of the API. The results without instants are already in shape. */
import type { DueItem, DueView, DuplicateCandidate, Silence } from '@jobtracker/core';
import { formatDateTime } from './datetime.js';
import type { DueItemObject, DueViewOutput, DuplicateCandidateObject } from './follow-ups.js';
import type { SilenceOutput } from './insights.js';

const dueItemOutput = (item: DueItem): DueItemObject => ({ ...item, at: item.at === null ? null : formatDateTime(item.at) });

export function toDueViewOutput(view: DueView): DueViewOutput {
  return {
    today: view.today,
    time_zone: view.time_zone,
    overdue: view.overdue.map(dueItemOutput),
    due_today: view.due_today.map(dueItemOutput),
    this_week: view.this_week.map(dueItemOutput),
  };
}

export function toSilenceOutput(silence: Silence): SilenceOutput {
  return {
    silence_days: silence.silence_days,
    applications: silence.applications.map((item) => ({ ...item, sent_at: formatDateTime(item.sent_at) })),
  };
}

export function toDuplicatesOutput(candidates: readonly DuplicateCandidate[]): DuplicateCandidateObject[] {
  return candidates.map((item) => ({ ...item, sent_at: item.sent_at === null ? null : formatDateTime(item.sent_at) }));
}
