/** The funnel from the timeline: how far each sent application got (its furthest stage from the
 * status history and employer events, not its current status alone), stage-to-stage conversion,
 * and response, interview and offer rates with 95% Wilson intervals; overall and by source, by
 * resume version and by month of sending. */
import type { ApplicationView } from '../applications/application-view.js';
import { calendarMonthOf } from '../shared/calendar-date.js';
import type { TimeZone } from '../shared/time-zone.js';
import { isSent, signalsOf, type ApplicationSignals, type Outcome } from './application-signals.js';
import { MIN_SAMPLE_SIZE, rateOf, type Rate } from './proportion.js';
import { FUNNEL_STAGES, INTERVIEW_RANK, OFFER_RANK, type FunnelStage } from './stages.js';

export type StageCount = {
  stage: FunnelStage;
  /** Sent applications that got at least this far. */
  reached: number;
  /** reached / reached at the stage before; null for the first stage. */
  conversion: Rate | null;
};

export type FunnelSummary = {
  sent: number;
  stages: StageCount[];
  /** Any answer from the employer, a rejection included. */
  response: Rate;
  /** Reached `interview` or further. */
  interview: Rate;
  /** Reached `offer` or further. */
  offer: Rate;
  /** How they stand now; `no_response` (closed by the user) and `rejected` are kept apart. */
  outcomes: Record<Outcome, number>;
};

/** `key` null: no source or resume version recorded. */
export type FunnelGroup = { key: string | null } & FunnelSummary;

export type Funnel = {
  overall: FunnelSummary;
  by_source: FunnelGroup[];
  by_resume_version: FunnelGroup[];
  /** `YYYY-MM` of sending in the user's time zone, oldest first. */
  by_month: FunnelGroup[];
  min_sample_size: number;
};

class Tally {
  sent = 0;
  responded = 0;
  readonly furthest = FUNNEL_STAGES.map(() => 0);
  readonly outcomes: Record<Outcome, number> = { open: 0, offer: 0, accepted: 0, rejected: 0, withdrawn: 0, no_response: 0 };

  add(signals: ApplicationSignals): void {
    this.sent += 1;
    if (signals.responded) this.responded += 1;
    this.furthest[signals.furthestRank] = (this.furthest[signals.furthestRank] ?? 0) + 1;
    this.outcomes[signals.outcome] += 1;
  }

  summary(): FunnelSummary {
    // reached[k]: at stage k or beyond, summed from the last stage down.
    const reached = [...this.furthest];
    for (let rank = reached.length - 2; rank >= 0; rank -= 1) reached[rank] = (reached[rank] ?? 0) + (reached[rank + 1] ?? 0);
    const at = (rank: number): number => reached[rank] ?? 0;
    return {
      sent: this.sent,
      stages: FUNNEL_STAGES.map((stage, rank) => ({
        stage,
        reached: at(rank),
        conversion: rank === 0 ? null : rateOf(at(rank), at(rank - 1)),
      })),
      response: rateOf(this.responded, this.sent),
      interview: rateOf(at(INTERVIEW_RANK), this.sent),
      offer: rateOf(at(OFFER_RANK), this.sent),
      outcomes: { ...this.outcomes },
    };
  }
}

function addTo(groups: Map<string | null, Tally>, key: string | null, signals: ApplicationSignals): void {
  let tally = groups.get(key);
  if (!tally) groups.set(key, (tally = new Tally()));
  tally.add(signals);
}

/** Biggest group first, ties by key (null last). */
function bySize(groups: Map<string | null, Tally>): FunnelGroup[] {
  return [...groups]
    .sort(([keyA, a], [keyB, b]) => b.sent - a.sent || compareKeys(keyA, keyB))
    .map(([key, tally]) => ({ key, ...tally.summary() }));
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const blankToNull = (text: string | null | undefined): string | null => (text == null || text.trim() === '' ? null : text);

/** The views need the status, source, resume version, dates and timeline. */
export function funnel(views: readonly ApplicationView[], options: { now: Date; timeZone: TimeZone }): Funnel {
  const nowMs = options.now.getTime();
  const overall = new Tally();
  const sources = new Map<string | null, Tally>();
  const resumes = new Map<string | null, Tally>();
  const months = new Map<string | null, Tally>();
  // Thousands of applications fall on a few hundred days: name each day's month once.
  const monthOfDay = new Map<number, string>();
  for (const view of views) {
    const signals = signalsOf(view, nowMs);
    if (!isSent(signals, nowMs)) continue;
    overall.add(signals);
    addTo(sources, blankToNull(view.application?.source), signals);
    addTo(resumes, blankToNull(view.application?.resume_version), signals);
    const day = options.timeZone.dayNumberAt(signals.sentMs as number);
    let month = monthOfDay.get(day);
    if (month === undefined) monthOfDay.set(day, (month = calendarMonthOf(day)));
    addTo(months, month, signals);
  }
  return {
    overall: overall.summary(),
    by_source: bySize(sources),
    by_resume_version: bySize(resumes),
    by_month: [...months].sort(([a], [b]) => compareKeys(a, b)).map(([key, tally]) => ({ key, ...tally.summary() })),
    min_sample_size: MIN_SAMPLE_SIZE,
  };
}
