/** One pass over an application's status and timeline that every insight shares: when it was
 * sent, the furthest stage it reached, whether and when the employer first answered, and how it
 * ended. Read from the status history and the timeline, not from the current status alone. */
import type { ApplicationView } from '../applications/application-view.js';
import { NO_RESPONSE, type TimelineEvent } from '../applications/application.js';
import { FUNNEL_STAGES, ENDING_STATUSES, RESPONSE_STATUSES, stageRankOfEvent, stageRankOfStatus, EMPLOYER_EVENT_STAGES, type FunnelStage } from './stages.js';
import { parseStatusChange } from './status-history.js';

/** How an application stands: `no_response` (closed by the user) is never a rejection. */
export type Outcome = 'open' | 'offer' | 'accepted' | 'rejected' | 'withdrawn' | 'no_response';

export type ApplicationSignals = {
  /** `application.applied_date`, else `created_at`; null when the document has neither. */
  sentMs: number | null;
  /** Rank in FUNNEL_STAGES; 0 (`applied`) at least. */
  furthestRank: number;
  /** The employer answered: a status only an answer leads to was ever set, or an employer
   * event (phone screen, interview, offer, rejection...) is on the timeline. */
  responded: boolean;
  /** The earliest dated evidence of that answer, not after `now`; null when not answered or when
   * the answer's time is unknown (status set without a dated event, or only future events). */
  firstResponseMs: number | null;
  /** When the user closed it as "no response"; null when not closed or reopened since. */
  closedMs: number | null;
  /** When it was withdrawn (its first status change to `withdrawn`), if that is dated. */
  withdrawnMs: number | null;
  outcome: Outcome;
};

export const isClosingEvent = (event: TimelineEvent): boolean => event.closed_as === NO_RESPONSE;

/** What the timeline says whatever the time: everything but when the first answer counts from. */
type TimelessSignals = Omit<ApplicationSignals, 'firstResponseMs'> & { earliestAnswerMs: number | null };

/* Views are read-only (stores may keep them across requests), so the timeline walk is done once
 * per view object; only the comparison with `now` is repeated. A WeakMap keeps nothing alive. */
const timelessOfView = new WeakMap<ApplicationView, TimelessSignals>();

export function signalsOf(view: ApplicationView, nowMs: number): ApplicationSignals {
  let timeless = timelessOfView.get(view);
  if (!timeless) timelessOfView.set(view, (timeless = timelessSignalsOf(view)));
  const { sentMs, earliestAnswerMs } = timeless;
  // The earliest dated answer not after `now`: the earliest of all, unless even that is later.
  let firstResponseMs = earliestAnswerMs !== null && earliestAnswerMs <= nowMs ? earliestAnswerMs : null;
  if (firstResponseMs !== null && sentMs !== null && firstResponseMs < sentMs) firstResponseMs = sentMs;
  return {
    sentMs,
    furthestRank: timeless.furthestRank,
    responded: timeless.responded,
    firstResponseMs,
    closedMs: timeless.closedMs,
    withdrawnMs: timeless.withdrawnMs,
    outcome: timeless.outcome,
  };
}

function timelessSignalsOf(view: ApplicationView): TimelessSignals {
  const status = view.application?.status ?? null;
  const sent = view.application?.applied_date ?? view.created_at ?? null;
  let furthestRank = Math.max(0, stageRankOfStatus(status));
  let responded = status !== null && RESPONSE_STATUSES.has(status);
  let earliestAnswerMs = Infinity;
  let closedMs = -Infinity;
  let latestOtherMs = -Infinity;
  let withdrawnMs = Infinity;
  for (const event of view.timeline ?? []) {
    const ms = event.date?.getTime();
    if (isClosingEvent(event)) {
      if (ms !== undefined && ms > closedMs) closedMs = ms;
      continue;
    }
    if (ms !== undefined && ms > latestOtherMs) latestOtherMs = ms;
    let isAnswer = false;
    const change = event.event_type === 'status_change' ? parseStatusChange(event.title) : null;
    if (change) {
      furthestRank = Math.max(furthestRank, stageRankOfStatus(change.from), stageRankOfStatus(change.to));
      // Either side being an answer status means the answer came no later than this change.
      isAnswer = RESPONSE_STATUSES.has(change.to) || RESPONSE_STATUSES.has(change.from);
      if (change.to === 'withdrawn' && ms !== undefined && ms < withdrawnMs) withdrawnMs = ms;
    } else if (event.event_type != null && EMPLOYER_EVENT_STAGES.has(event.event_type)) {
      furthestRank = Math.max(furthestRank, stageRankOfEvent(event.event_type));
      isAnswer = true;
    }
    if (isAnswer) {
      responded = true;
      if (ms !== undefined && ms < earliestAnswerMs) earliestAnswerMs = ms;
    }
  }
  // A closing stays in force until any other event is dated after it (a status change, a logged
  // call, a scheduled interview): then the application is open again.
  const closed = closedMs !== -Infinity && closedMs >= latestOtherMs;
  return {
    sentMs: sent ? sent.getTime() : null,
    furthestRank,
    responded,
    earliestAnswerMs: earliestAnswerMs === Infinity ? null : earliestAnswerMs,
    closedMs: closed ? closedMs : null,
    withdrawnMs: status === 'withdrawn' && withdrawnMs !== Infinity ? withdrawnMs : null,
    outcome: outcomeOf(status, closed),
  };
}

function outcomeOf(status: string | null, closed: boolean): Outcome {
  // An ending status set after the closing (PUT records no event) is the newer word on it.
  if (status !== null && ENDING_STATUSES.has(status)) return status as Outcome;
  if (closed) return 'no_response';
  return status === 'offer' ? 'offer' : 'open';
}

export const furthestStageOf = (signals: ApplicationSignals): FunnelStage => FUNNEL_STAGES[signals.furthestRank] ?? 'applied';

/** Sent at or before `now`: applications dated in the future (planned) or undated are not counted
 * as sent. */
export const isSent = (signals: ApplicationSignals, nowMs: number): boolean => signals.sentMs !== null && signals.sentMs <= nowMs;
