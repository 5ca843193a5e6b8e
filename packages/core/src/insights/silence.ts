/** Silent applications: sent at least N days ago with no answer, not closed and not withdrawn,
 * each with the chance that a reply still comes, from the user's own reply curve. */
import type { ApplicationView } from '../applications/application-view.js';
import { DAY_MS } from '../shared/time.js';
import { signalsOf, type ApplicationSignals } from './application-signals.js';
import { chanceOfReplyAfter } from './kaplan-meier.js';
import { MIN_SAMPLE_SIZE, round4 } from './proportion.js';
import { replyCurveOf } from './reply-times.js';

export type ChanceOfReply = {
  /** Of the user's applications that waited this long without a reply, the share that still got
   * one within `horizon_days` of sending (Kaplan–Meier); null when none waited longer. */
  probability: number | null;
  horizon_days: number;
  /** Applications observed waiting longer than this one has: what the estimate rests on. */
  at_risk: number;
  /** at_risk < MIN_SAMPLE_SIZE. */
  too_few: boolean;
};

export type SilentApplication = {
  id: string;
  company: string;
  job_title: string;
  sent_at: Date;
  days_waiting: number;
  chance_of_reply: ChanceOfReply;
};

export type Silence = { silence_days: number; applications: SilentApplication[] };

/** Whole days since sending, or null when not sent yet. */
export function daysWaiting(signals: ApplicationSignals, nowMs: number): number | null {
  if (signals.sentMs === null || signals.sentMs > nowMs) return null;
  return Math.floor((nowMs - signals.sentMs) / DAY_MS);
}

export function isSilent(signals: ApplicationSignals, nowMs: number, silenceDays: number): boolean {
  if (signals.responded || signals.outcome !== 'open') return false;
  const waited = daysWaiting(signals, nowMs);
  return waited !== null && waited >= silenceDays;
}

/** Longest wait first. The views need `id`, `job.title`, the status, the dates and the timeline. */
export function silence(views: readonly ApplicationView[], options: { now: Date; silenceDays: number }): Silence {
  const nowMs = options.now.getTime();
  const signals = views.map((view) => signalsOf(view, nowMs));
  const { curve } = replyCurveOf(signals, nowMs);
  const applications: SilentApplication[] = [];
  signals.forEach((item, index) => {
    if (!isSilent(item, nowMs, options.silenceDays)) return;
    const view = views[index] as ApplicationView;
    const waited = daysWaiting(item, nowMs) as number;
    const chance = chanceOfReplyAfter(curve, waited);
    applications.push({
      id: view.id ?? '',
      company: view.company.name,
      job_title: view.job?.title ?? '',
      sent_at: new Date(item.sentMs as number),
      days_waiting: waited,
      chance_of_reply: {
        probability: chance.probability === null ? null : round4(chance.probability),
        horizon_days: curve.horizon,
        at_risk: chance.at_risk,
        too_few: chance.at_risk < MIN_SAMPLE_SIZE,
      },
    });
  });
  applications.sort((a, b) => b.days_waiting - a.days_waiting || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { silence_days: options.silenceDays, applications };
}
