import { describe, expect, it } from 'vitest';
import { chanceOfReplyAfter, kaplanMeier, medianOf, survivalAt, type Observation } from './kaplan-meier.js';

const observe = (data: Array<[number, 0 | 1]>): Observation[] => data.map(([time, event]) => ({ time, event: event === 1 }));

// The 6-MP arm of Freireich et al. (1963), as in Gehan (1965) and most survival textbooks
// (Kleinbaum & Klein; Collett): 21 remission times in weeks, 0 marking a censored one.
const SIX_MP = observe([
  [6, 1], [6, 1], [6, 1], [6, 0], [7, 1], [9, 0], [10, 1], [10, 0], [11, 0], [13, 1], [16, 1],
  [17, 0], [19, 0], [20, 0], [22, 1], [23, 1], [25, 0], [32, 0], [32, 0], [34, 0], [35, 0],
]);

describe('kaplanMeier', () => {
  it('reproduces the textbook curve and log-log bands of the 6-MP data', () => {
    const curve = kaplanMeier(SIX_MP);
    const atEvents = curve.steps.filter((step) => step.events > 0);
    // day, at risk, events, S, lower, upper: as R's survfit(conf.type = "log-log") prints them.
    const expected: Array<[number, number, number, number, number, number]> = [
      [6, 21, 3, 0.8571, 0.62, 0.952],
      [7, 17, 1, 0.8067, 0.563, 0.923],
      [10, 15, 1, 0.7529, 0.503, 0.889],
      [13, 12, 1, 0.6902, 0.432, 0.849],
      [16, 11, 1, 0.6275, 0.368, 0.805],
      [22, 7, 1, 0.5378, 0.268, 0.747],
      [23, 6, 1, 0.4482, 0.188, 0.68],
    ];
    expect(atEvents.map((step) => step.day)).toEqual(expected.map(([day]) => day));
    atEvents.forEach((step, index) => {
      const [, atRisk, events, survival, low, high] = expected[index]!;
      expect(step.at_risk).toBe(atRisk);
      expect(step.events).toBe(events);
      expect(step.survival).toBeCloseTo(survival, 4);
      expect(step.low).toBeCloseTo(low, 3);
      expect(step.high).toBeCloseTo(high, 3);
    });
    expect(curve).toMatchObject({ total: 21, events: 9, horizon: 35 });
  });

  it('gives the median 23 with the Brookmeyer–Crowley interval from 13 to not reached', () => {
    expect(medianOf(kaplanMeier(SIX_MP))).toEqual({ days: 23, low: 13, high: null });
  });

  it('works a small censored set by hand', () => {
    // Days: 2, 3+, 5, 5, 8+, 9. At 2: 6 at risk, S = 5/6. At 5: 4 at risk, 2 replies,
    // S = 5/6 · 2/4 = 5/12. At 9: 1 at risk, S = 0.
    const curve = kaplanMeier(observe([[5, 1], [2, 1], [8, 0], [3, 0], [9, 1], [5, 1]]));
    expect(curve.steps.map((step) => [step.day, step.at_risk, step.events, step.censored])).toEqual([
      [2, 6, 1, 0], [3, 5, 0, 1], [5, 4, 2, 0], [8, 2, 0, 1], [9, 1, 1, 0],
    ]);
    expect(curve.steps.map((step) => step.survival)).toEqual([5 / 6, 5 / 6, 5 / 12, 5 / 12, 0]);
    // Day 2: Greenwood sum 1/(6·5); log-log se = √(1/30) / |ln(5/6)| = 0.182574 / 0.182322 = 1.00138;
    // bands exp(-exp(ln 0.182322 ± 1.96 · 1.00138)) = 0.2731 and 0.9747.
    expect(curve.steps[0]!.low).toBeCloseTo(0.2731, 4);
    expect(curve.steps[0]!.high).toBeCloseTo(0.9747, 4);
    // At S = 0 the band is [0, 0].
    expect(curve.steps[4]).toMatchObject({ low: 0, high: 0 });
    expect(medianOf(curve).days).toBe(5);
    expect(survivalAt(curve, 4)).toBe(5 / 6);
    expect(survivalAt(curve, 1)).toBe(1);
  });

  it('is flat at 1 when everything is censored, with no median', () => {
    const curve = kaplanMeier(observe([[3, 0], [10, 0], [10, 0]]));
    expect(curve.steps.every((step) => step.survival === 1 && step.low === 1 && step.high === 1)).toBe(true);
    expect(medianOf(curve)).toEqual({ days: null, low: null, high: null });
    expect(chanceOfReplyAfter(curve, 4)).toEqual({ probability: 0, at_risk: 2 });
  });

  it('is empty for no observations', () => {
    const curve = kaplanMeier([]);
    expect(curve).toEqual({ steps: [], total: 0, events: 0, horizon: 0 });
    expect(medianOf(curve)).toEqual({ days: null, low: null, high: null });
    expect(chanceOfReplyAfter(curve, 0)).toEqual({ probability: null, at_risk: 0 });
  });
});

describe('chanceOfReplyAfter', () => {
  it('is (S(t) - S(horizon)) / S(t) from the 6-MP curve', () => {
    const curve = kaplanMeier(SIX_MP);
    // After 12 weeks: S = 0.7529, S(35) = 0.4482, so (0.7529 - 0.4482) / 0.7529 = 0.4048;
    // 12 observations were followed past week 12.
    const chance = chanceOfReplyAfter(curve, 12);
    expect(chance.at_risk).toBe(12);
    expect(chance.probability).toBeCloseTo((0.752941 - 0.448179) / 0.752941, 4);
    // Past the last reply nothing more is expected; past the horizon nothing is known.
    expect(chanceOfReplyAfter(curve, 23).probability).toBe(0);
    expect(chanceOfReplyAfter(curve, 35)).toEqual({ probability: null, at_risk: 0 });
  });
});
