import { describe, expect, it } from 'vitest';
import { parseTimeZone } from '../shared/time-zone.js';
import { at } from '../testing/basic-builders.js';
import { funnel } from './funnel.js';
import { rateOf } from './proportion.js';
import { aClosing, anEvent, aSentApplication, statusChange } from './test-support/insight-builders.js';

const NOW = at('2025-06-01T12:00:00Z');
const UTC = parseTimeZone('UTC')!;

const applications = [
  // 1. LinkedIn, v1: applied -> screening -> interview -> offer; furthest `offer`.
  aSentApplication({
    sent: '2025-04-10T09:00:00Z', source: 'LinkedIn', resumeVersion: 'v1', status: 'offer',
    timeline: [statusChange('applied', 'screening', '2025-04-12T09:00:00Z'), statusChange('screening', 'interview', '2025-04-20T09:00:00Z'), statusChange('interview', 'offer', '2025-05-01T09:00:00Z')],
  }),
  // 2. LinkedIn, v1: rejected straight away; an answer, furthest `applied`.
  aSentApplication({ sent: '2025-04-15T09:00:00Z', source: 'LinkedIn', resumeVersion: 'v1', status: 'rejected', timeline: [statusChange('applied', 'rejected', '2025-04-18T09:00:00Z')] }),
  // 3. LinkedIn, v2: closed as no response.
  aSentApplication({ sent: '2025-05-02T09:00:00Z', source: 'LinkedIn', resumeVersion: 'v2', timeline: [aClosing('2025-05-30T09:00:00Z')] }),
  // 4. Referral, v2: status interview with no history; furthest `interview`.
  aSentApplication({ sent: '2025-05-03T09:00:00Z', source: 'Referral', resumeVersion: 'v2', status: 'interview' }),
  // 5. Referral, v1: waiting.
  aSentApplication({ sent: '2025-05-20T09:00:00Z', source: 'Referral', resumeVersion: 'v1' }),
  // 6. No source, v2: accepted after a phone screen; furthest `accepted`.
  aSentApplication({ sent: '2025-05-25T09:00:00Z', source: '', resumeVersion: 'v2', status: 'accepted', timeline: [anEvent('phone_screen', '2025-05-26T09:00:00Z')] }),
  // 7. Not sent yet: left out.
  aSentApplication({ sent: '2025-06-10T09:00:00Z', source: 'LinkedIn' }),
  // 8. Indeed, v1: withdrawn late on 30 April UTC (already 1 May in Berlin).
  aSentApplication({ sent: '2025-04-30T23:30:00Z', source: 'Indeed', resumeVersion: 'v1', status: 'withdrawn' }),
];

describe('funnel', () => {
  it('counts the furthest stage from the history, conversions and rates with intervals', () => {
    const { overall } = funnel(applications, { now: NOW, timeZone: UTC });
    expect(overall.sent).toBe(7);
    // Furthest: applied ×4 (2, 3, 5, 8), interview (4), offer (1), accepted (6).
    expect(overall.stages.map((stage) => [stage.stage, stage.reached])).toEqual([
      ['applied', 7], ['screening', 3], ['interview', 3], ['technical_test', 2], ['offer', 2], ['accepted', 1],
    ]);
    expect(overall.stages.map((stage) => stage.conversion)).toEqual([null, rateOf(3, 7), rateOf(3, 3), rateOf(2, 3), rateOf(2, 2), rateOf(1, 2)]);
    expect(overall.response).toEqual(rateOf(4, 7));
    // 4 of 7 by hand: centre 0.5714 + 0.2744 = 0.8458, spread 1.96·√(0.034985 + 0.0196) = 0.4579,
    // over 1.5488: 0.2505 to 0.8418.
    expect(overall.response).toEqual({ count: 4, total: 7, rate: 0.5714, low: 0.2505, high: 0.8418, too_few: true });
    expect(overall.interview).toEqual(rateOf(3, 7));
    expect(overall.offer).toEqual(rateOf(2, 7));
    // "No response" is its own outcome, never a rejection.
    expect(overall.outcomes).toEqual({ open: 2, offer: 1, accepted: 1, rejected: 1, withdrawn: 1, no_response: 1 });
  });

  it('breaks down by source, resume version and month', () => {
    const result = funnel(applications, { now: NOW, timeZone: UTC });
    expect(result.by_source.map((group) => [group.key, group.sent, group.response.count])).toEqual([
      ['LinkedIn', 3, 2], ['Referral', 2, 1], ['Indeed', 1, 0], [null, 1, 1],
    ]);
    expect(result.by_resume_version.map((group) => [group.key, group.sent, group.interview.count])).toEqual([['v1', 4, 1], ['v2', 3, 2]]);
    expect(result.by_month.map((group) => [group.key, group.sent])).toEqual([['2025-04', 3], ['2025-05', 4]]);
    const berlin = funnel(applications, { now: NOW, timeZone: parseTimeZone('Europe/Berlin')! });
    expect(berlin.by_month.map((group) => [group.key, group.sent])).toEqual([['2025-04', 2], ['2025-05', 5]]);
    expect(result.min_sample_size).toBe(30);
  });

  it('has empty rates and no groups without applications', () => {
    const result = funnel([], { now: NOW, timeZone: UTC });
    expect(result.overall.sent).toBe(0);
    expect(result.overall.response).toEqual({ count: 0, total: 0, rate: null, low: null, high: null, too_few: true });
    expect(result.overall.stages.every((stage) => stage.reached === 0)).toBe(true);
    expect(result).toMatchObject({ by_source: [], by_resume_version: [], by_month: [] });
  });

  it('stops at the first stage when nothing got further', () => {
    const waiting = Array.from({ length: 3 }, () => aSentApplication({ sent: '2025-05-01T09:00:00Z' }));
    const { overall } = funnel(waiting, { now: NOW, timeZone: UTC });
    expect(overall.stages.map((stage) => stage.reached)).toEqual([3, 0, 0, 0, 0, 0]);
    expect(overall.stages[1]!.conversion).toEqual(rateOf(0, 3));
    expect(overall.stages[2]!.conversion).toEqual(rateOf(0, 0));
    expect(overall.response).toEqual({ count: 0, total: 3, rate: 0, low: 0, high: 0.5615, too_few: true });
  });
});
