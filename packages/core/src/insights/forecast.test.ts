import { describe, expect, it } from 'vitest';
import { at } from '../testing/basic-builders.js';
import { forecast } from './forecast.js';
import { rateOf } from './proportion.js';
import { aSentApplication, statusChange } from './test-support/insight-builders.js';

const NOW = at('2025-06-01T12:00:00Z');
const OLD = '2025-04-01T12:00:00Z';
const RECENT = '2025-05-25T12:00:00Z';

function sent(count: number, iso: string, status = 'applied') {
  return Array.from({ length: count }, () => aSentApplication({ sent: iso, status }));
}

describe('forecast', () => {
  it('turns the rates of matured applications into applications to the next interview and offer', () => {
    const applications = [
      ...sent(35, OLD),
      ...sent(3, OLD, 'interview'),
      // An offer reached through an interview, read from the history.
      aSentApplication({ sent: OLD, status: 'offer', timeline: [statusChange('interview', 'offer', '2025-05-01T12:00:00Z')] }),
      ...sent(1, OLD, 'rejected'),
      // Too recent to count, even though they went well.
      ...sent(5, RECENT, 'interview'),
    ];
    const result = forecast(applications, { now: NOW, maturityDays: 21 });
    expect(result.maturity_days).toBe(21);
    // 4 of 40: p = 0.1, so 10; Wilson 0.0396 to 0.2305, so 1/0.2305 = 4.34 (down to 4) to 1/0.0396 = 25.3 (up to 26).
    expect(result.interview).toEqual({
      target: 'interview',
      rate: rateOf(4, 40),
      expected: 10,
      low: 4,
      high: 26,
      sentence: 'About 10 more applications for your next interview (likely between 4 and 26), from 4 of 40 applications sent at least 21 days ago.',
    });
    expect(result.interview.rate).toMatchObject({ low: 0.0396, high: 0.2305 });
    // 1 of 40: p = 0.025, so 40; Wilson 0.0044 to 0.1288, so 7 to 226.
    expect(result.offer).toMatchObject({ expected: 40, low: 7, high: 226 });
    expect(result.offer.rate).toMatchObject({ low: 0.0044, high: 0.1288 });
  });

  it('says so in a sentence when there is too little to go on', () => {
    const few = forecast(sent(10, OLD, 'interview'), { now: NOW, maturityDays: 21 });
    expect(few.interview).toMatchObject({ expected: null, low: null, high: null });
    expect(few.interview.sentence).toBe('Too few to tell yet: 10 applications sent at least 21 days ago, and a forecast needs at least 30.');
    const none = forecast(sent(30, OLD), { now: NOW, maturityDays: 21 });
    expect(none.offer).toMatchObject({ expected: null, low: null, high: null, rate: rateOf(0, 30) });
    expect(none.offer.sentence).toBe('None of your 30 applications sent at least 21 days ago has led to an offer yet, so there is no rate to forecast from.');
    const empty = forecast([], { now: NOW, maturityDays: 1 });
    expect(empty.interview.sentence).toBe('Too few to tell yet: 0 applications sent at least 1 day ago, and a forecast needs at least 30.');
  });

  it('needs one more when every application got there', () => {
    const all = forecast(sent(30, OLD, 'interview'), { now: NOW, maturityDays: 21 });
    // 30 of 30: Wilson low 0.8865, so between 1 and 2.
    expect(all.interview).toMatchObject({ expected: 1, low: 1, high: 2 });
    expect(all.interview.sentence).toBe('About 1 more application for your next interview (likely between 1 and 2), from 30 of 30 applications sent at least 21 days ago.');
  });
});
