/** The Kaplan–Meier estimate of a survival curve from right-censored observations, with
 * Greenwood's variance, pointwise 95% intervals on the log-log scale (Kalbfleisch & Prentice), and
 * the median with the Brookmeyer–Crowley interval read off those bands, as R's `survfit(...,
 * conf.type = "log-log")` reports them. Here "survival" is "still no reply". */
import { Z_95 } from './proportion.js';

/** `time` in whole days; `event` false means censored (still waiting when last seen). */
export type Observation = { time: number; event: boolean };

export type CurveStep = {
  day: number;
  /** Observations still waiting at the start of the day (time >= day). */
  at_risk: number;
  events: number;
  censored: number;
  /** S(day): the estimated share still without a reply after this day. */
  survival: number;
  /** The 95% log-log interval of S(day). */
  low: number;
  high: number;
};

export type SurvivalCurve = {
  /** One step per day on which something was observed (a reply or a censoring), ascending. */
  steps: CurveStep[];
  total: number;
  events: number;
  /** The longest time observed (0 when there is none). */
  horizon: number;
};

export type Median = {
  /** The first day with S <= 0.5; null while more than half are still waiting. */
  days: number | null;
  /** The first days on which the lower and the upper band reach 0.5; null when they never do. */
  low: number | null;
  high: number | null;
};

export function kaplanMeier(observations: readonly Observation[]): SurvivalCurve {
  // Counting per day is linear; only the distinct days are sorted.
  const byDay = new Map<number, { events: number; censored: number }>();
  let events = 0;
  for (const { time, event } of observations) {
    const tally = byDay.get(time) ?? { events: 0, censored: 0 };
    if (event) tally.events += 1;
    else tally.censored += 1;
    byDay.set(time, tally);
    if (event) events += 1;
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  let atRisk = observations.length;
  let survival = 1;
  let greenwood = 0;
  const steps: CurveStep[] = [];
  for (const day of days) {
    const tally = byDay.get(day) as { events: number; censored: number };
    // Replies on a day come before censorings on it: those censored that day were still at risk.
    if (tally.events > 0) {
      survival *= 1 - tally.events / atRisk;
      greenwood = atRisk === tally.events ? Infinity : greenwood + tally.events / (atRisk * (atRisk - tally.events));
    }
    steps.push({ day, at_risk: atRisk, events: tally.events, censored: tally.censored, survival, ...logLogBand(survival, greenwood) });
    atRisk -= tally.events + tally.censored;
  }
  return { steps, total: observations.length, events, horizon: days.at(-1) ?? 0 };
}

/** exp(-exp(log(-log S) ± z·se)), se = sqrt(Greenwood sum) / |log S|; [S, S] at 1 and 0. */
function logLogBand(survival: number, greenwood: number): { low: number; high: number } {
  if (survival >= 1 || survival <= 0 || !Number.isFinite(greenwood)) return { low: survival, high: survival };
  const logS = Math.log(survival);
  const se = Math.sqrt(greenwood) / Math.abs(logS);
  const theta = Math.log(-logS);
  return { low: Math.exp(-Math.exp(theta + Z_95 * se)), high: Math.exp(-Math.exp(theta - Z_95 * se)) };
}

/** The median and its interval: the days on which S and its two bands first reach 0.5. */
export function medianOf(curve: SurvivalCurve): Median {
  const first = (value: (step: CurveStep) => number): number | null =>
    curve.steps.find((step) => value(step) <= 0.5)?.day ?? null;
  return { days: first((step) => step.survival), low: first((step) => step.low), high: first((step) => step.high) };
}

/** The index of the first step after `day` (binary search: the steps ascend). */
function firstStepAfter(curve: SurvivalCurve, day: number): number {
  let low = 0;
  let high = curve.steps.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((curve.steps[middle] as CurveStep).day > day) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** S just after `day`: the curve is a step function, so the last step on or before it. */
export function survivalAt(curve: SurvivalCurve, day: number): number {
  const index = firstStepAfter(curve, day);
  return index === 0 ? 1 : (curve.steps[index - 1] as CurveStep).survival;
}

/** Of those still without a reply after `day`, the share the curve says reply later, within the
 * longest wait observed: (S(day) - S(horizon)) / S(day). Null when nobody was observed past
 * `day` (the curve says nothing about later) or everyone observed had replied by then. */
export function chanceOfReplyAfter(curve: SurvivalCurve, day: number): { probability: number | null; at_risk: number } {
  const next = curve.steps[firstStepAfter(curve, day)];
  // Everyone observed for longer than `day` is at risk at the next step.
  const atRisk = next?.at_risk ?? 0;
  const now = survivalAt(curve, day);
  if (atRisk === 0 || now <= 0) return { probability: null, at_risk: atRisk };
  const last = curve.steps.at(-1)?.survival ?? 1;
  return { probability: (now - last) / now, at_risk: atRisk };
}
