import { describe, expect, it } from 'vitest';
import { at } from '../testing/basic-builders.js';
import { replyTimes } from './reply-times.js';
import { aClosing, anEvent, aSentApplication, statusChange } from './test-support/insight-builders.js';

const NOW = at('2025-06-01T12:00:00Z');

describe('replyTimes', () => {
  it('censors the waiting at now and leaves out answers of unknown time', () => {
    const result = replyTimes(
      [
        // A reply after 3 days (phone screen) and after 10 days (rejection by status change).
        aSentApplication({ sent: '2025-05-01T09:00:00Z', timeline: [anEvent('phone_screen', '2025-05-04T09:00:00Z')] }),
        aSentApplication({ sent: '2025-05-01T09:00:00Z', status: 'rejected', timeline: [statusChange('applied', 'rejected', '2025-05-11T10:00:00Z')] }),
        // Still waiting after 11 days; closed as no response, still observed after 61 days.
        aSentApplication({ sent: '2025-05-21T12:00:00Z' }),
        aSentApplication({ sent: '2025-04-01T12:00:00Z', timeline: [aClosing('2025-05-01T12:00:00Z')] }),
        // Withdrawn after 5 days, before any reply: censored then.
        aSentApplication({ sent: '2025-05-01T09:00:00Z', status: 'withdrawn', timeline: [statusChange('applied', 'withdrawn', '2025-05-06T09:00:00Z')] }),
        // Answered at an unknown time; withdrawn on an unknown day; not sent yet.
        aSentApplication({ sent: '2025-05-01T09:00:00Z', status: 'interview' }),
        aSentApplication({ sent: '2025-05-01T09:00:00Z', status: 'withdrawn' }),
        aSentApplication({ sent: '2025-06-05T09:00:00Z' }),
      ],
      NOW,
    );
    expect(result).toMatchObject({ total: 5, replied: 2, waiting: 3, unknown_time: 2, too_few: true });
    // Day 3: 5 at risk, S = 4/5. Day 10: 3 at risk, S = 4/5 · 2/3 = 8/15 = 0.5333.
    expect(result.steps.map((step) => [step.day, step.at_risk, step.events, step.censored, step.survival])).toEqual([
      [3, 5, 1, 0, 0.8],
      [5, 4, 0, 1, 0.8],
      [10, 3, 1, 0, 0.5333],
      [11, 2, 0, 1, 0.5333],
      [61, 1, 0, 1, 0.5333],
    ]);
    // More than half are still waiting at every step: no median. But with 5 at risk the lower
    // band at day 3 is already exp(-exp(ln 0.2231 + 1.96 · √0.05 / 0.2231)) = 0.204 <= 0.5, so the
    // median could be as early as day 3; the upper band never reaches 0.5.
    expect(result.steps[0]!.low).toBeCloseTo(0.2038, 4);
    expect(result.median).toEqual({ days: null, low: 3, high: null });
  });

  it('has nothing to show without applications, and a flat curve when all are censored', () => {
    expect(replyTimes([], NOW)).toEqual({
      total: 0, replied: 0, waiting: 0, unknown_time: 0, steps: [], median: { days: null, low: null, high: null }, too_few: true,
    });
    const waiting = replyTimes([aSentApplication({ sent: '2025-05-01T12:00:00Z' }), aSentApplication({ sent: '2025-05-22T12:00:00Z' })], NOW);
    expect(waiting.steps.map((step) => [step.day, step.survival, step.low, step.high])).toEqual([[10, 1, 1, 1], [31, 1, 1, 1]]);
    expect(waiting).toMatchObject({ replied: 0, waiting: 2, median: { days: null } });
  });
});
