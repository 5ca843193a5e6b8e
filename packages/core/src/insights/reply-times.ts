/** Time from sending to the first reply as a Kaplan–Meier curve: applications still waiting are
 * censored at `now` (they may yet reply), not counted as "never". */
import type { ApplicationView } from '../applications/application-view.js';
import { DAY_MS } from '../shared/time.js';
import { isSent, signalsOf, type ApplicationSignals } from './application-signals.js';
import { kaplanMeier, medianOf, type CurveStep, type Median, type Observation, type SurvivalCurve } from './kaplan-meier.js';
import { MIN_SAMPLE_SIZE, round4 } from './proportion.js';

export type ReplyTimes = {
  /** Sent applications on the curve. */
  total: number;
  replied: number;
  /** Censored: no reply yet (closed as "no response" included: a reply would reopen them), or
   * withdrawn before any reply (censored on the day of withdrawal). */
  waiting: number;
  /** Left off the curve: answered at an unknown time (status set with no dated event), or
   * withdrawn on an unknown day. */
  unknown_time: number;
  steps: CurveStep[];
  median: Median;
  /** total < MIN_SAMPLE_SIZE. */
  too_few: boolean;
};

const wholeDays = (fromMs: number, toMs: number): number => Math.max(0, Math.floor((toMs - fromMs) / DAY_MS));

/** The curve's observation for one application; null when it is not on the curve. */
export function replyObservation(signals: ApplicationSignals, nowMs: number): Observation | null | 'unknown' {
  if (!isSent(signals, nowMs)) return null;
  const sent = signals.sentMs as number;
  if (signals.firstResponseMs !== null) return { time: wholeDays(sent, signals.firstResponseMs), event: true };
  if (signals.responded) return 'unknown';
  if (signals.outcome === 'withdrawn') return signals.withdrawnMs === null ? 'unknown' : { time: wholeDays(sent, signals.withdrawnMs), event: false };
  return { time: wholeDays(sent, nowMs), event: false };
}

/** The curve over applications already read into signals (shared with the silence list). */
export function replyCurveOf(signals: readonly ApplicationSignals[], nowMs: number): { curve: SurvivalCurve; unknown: number } {
  const observations: Observation[] = [];
  let unknown = 0;
  for (const item of signals) {
    const observation = replyObservation(item, nowMs);
    if (observation === 'unknown') unknown += 1;
    else if (observation !== null) observations.push(observation);
  }
  return { curve: kaplanMeier(observations), unknown };
}

export function replyTimes(views: readonly ApplicationView[], now: Date): ReplyTimes {
  const nowMs = now.getTime();
  const { curve, unknown } = replyCurveOf(views.map((view) => signalsOf(view, nowMs)), nowMs);
  return {
    total: curve.total,
    replied: curve.events,
    waiting: curve.total - curve.events,
    unknown_time: unknown,
    steps: curve.steps.map((step) => ({ ...step, survival: round4(step.survival), low: round4(step.low), high: round4(step.high) })),
    median: medianOf(curve),
    too_few: curve.total < MIN_SAMPLE_SIZE,
  };
}
