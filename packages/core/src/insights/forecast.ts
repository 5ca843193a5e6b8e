/** How many more applications the next interview and the next offer are likely to take, from the
 * user's own rates. Each application is taken as an independent try with the user's success
 * rate p, so the count to the next success is geometric with mean 1/p; its 95% interval is 1/p
 * at the ends of p's Wilson interval. Only applications sent at least `maturityDays` ago count,
 * so recent ones that have had no time to get anywhere do not drag the rate down. */
import type { ApplicationView } from '../applications/application-view.js';
import { DAY_MS } from '../shared/time.js';
import { isSent, signalsOf } from './application-signals.js';
import { MIN_SAMPLE_SIZE, rateOf, wilsonInterval, type Rate } from './proportion.js';
import { INTERVIEW_RANK, OFFER_RANK } from './stages.js';

export type ForecastTarget = 'interview' | 'offer';

export type Forecast = {
  target: ForecastTarget;
  /** The rate it rests on: reached the target among the applications counted. */
  rate: Rate;
  /** Applications likely needed for the next one (1/p rounded); null when too few to tell or
   * none has reached the target yet. */
  expected: number | null;
  /** The interval, rounded outwards; `high` null when the rate could be 0. */
  low: number | null;
  high: number | null;
  /** The result in a plain sentence, or why there is none. */
  sentence: string;
};

export type Forecasts = { maturity_days: number; interview: Forecast; offer: Forecast };

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export function forecastOf(target: ForecastTarget, count: number, total: number, maturityDays: number): Forecast {
  const rate = rateOf(count, total);
  const none = { target, rate, expected: null, low: null, high: null };
  const counted = `${plural(total, 'application')} sent at least ${plural(maturityDays, 'day')} ago`;
  if (total < MIN_SAMPLE_SIZE) {
    return { ...none, sentence: `Too few to tell yet: ${counted}, and a forecast needs at least ${MIN_SAMPLE_SIZE}.` };
  }
  if (count === 0) {
    return { ...none, sentence: `None of your ${counted} has led to an ${target} yet, so there is no rate to forecast from.` };
  }
  const p = count / total;
  const { low, high } = wilsonInterval(count, total);
  const expected = Math.max(1, Math.round(1 / p));
  const fewest = Math.max(1, Math.floor(1 / high));
  const most = low > 0 ? Math.ceil(1 / low) : null;
  const range = most === null ? `at least ${fewest}` : `likely between ${fewest} and ${most}`;
  return {
    target,
    rate,
    expected,
    low: fewest,
    high: most,
    sentence: `About ${plural(expected, 'more application')} for your next ${target} (${range}), from ${count} of ${counted}.`,
  };
}

export function forecast(views: readonly ApplicationView[], options: { now: Date; maturityDays: number }): Forecasts {
  const nowMs = options.now.getTime();
  const cutoff = nowMs - options.maturityDays * DAY_MS;
  let total = 0;
  let interviews = 0;
  let offers = 0;
  for (const view of views) {
    const signals = signalsOf(view, nowMs);
    if (!isSent(signals, nowMs) || (signals.sentMs as number) > cutoff) continue;
    total += 1;
    if (signals.furthestRank >= INTERVIEW_RANK) interviews += 1;
    if (signals.furthestRank >= OFFER_RANK) offers += 1;
  }
  return {
    maturity_days: options.maturityDays,
    interview: forecastOf('interview', interviews, total, options.maturityDays),
    offer: forecastOf('offer', offers, total, options.maturityDays),
  };
}
