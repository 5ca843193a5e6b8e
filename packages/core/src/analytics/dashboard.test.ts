import { describe, expect, it } from 'vitest';
import type { Application } from '../applications/application.js';
import { addDays, DAY_MS } from '../shared/time.js';
import { dashboard } from './dashboard.js';
import { buildApplication } from '../testing/index.js';

const now = new Date('2025-03-15T12:00:00Z');
const daysAgo = (days: number): Date => addDays(now, -days);

describe('dashboard', () => {
  it('is all zeros without applications', () => {
    expect(dashboard([], now)).toEqual({
      total_applications: 0,
      status_breakdown: {},
      success_rate: 0,
      response_rate: 0,
      applications_last_30_days: 0,
      average_days_in_pipeline: 0,
      top_companies: [],
      top_sources: [],
    });
  });

  it('computes every field by the contract formulas', () => {
    const apps = [
      buildApplication({ company: { name: 'Google' }, application: { status: 'applied', source: 'LinkedIn' }, created_at: daysAgo(2) }),
      buildApplication({ company: { name: 'Google' }, application: { status: 'interview', source: 'LinkedIn' }, created_at: daysAgo(10.5) }),
      buildApplication({ company: { name: 'Meta' }, application: { status: 'offer', source: '' }, created_at: daysAgo(40) }),
      buildApplication({ company: { name: 'Meta' }, application: { status: 'rejected' }, created_at: daysAgo(31) }),
      buildApplication({ company: { name: 'Apple' }, application: { source: 'Referral' }, created_at: daysAgo(29.5) }),
      buildApplication({ company: { name: 'Amazon' }, application: { status: 'accepted', source: 'Referral' }, created_at: daysAgo(30) }),
      buildApplication({ company: { name: 'Uber' }, application: { status: 'withdrawn', source: 'LinkedIn' }, created_at: undefined }),
    ];
    const result = dashboard(apps, now);
    expect(result).toEqual({
      total_applications: 7,
      status_breakdown: { None: 1, accepted: 1, applied: 1, interview: 1, offer: 1, rejected: 1, withdrawn: 1 },
      success_rate: 28.57, // 2 / 7
      response_rate: 71.43, // (7 - 1 rejected - 1 withdrawn) / 7, "applied" counts as responded
      applications_last_30_days: 4, // 2, 10.5, 29.5 and exactly 30 days ago
      average_days_in_pipeline: 14, // open: applied 2, interview 10, missing status 29 -> 41 / 3 = 13.67
      top_companies: [
        { company: 'Google', count: 2 },
        { company: 'Meta', count: 2 },
        { company: 'Amazon', count: 1 },
        { company: 'Apple', count: 1 },
        { company: 'Uber', count: 1 },
      ],
      top_sources: [
        { source: 'LinkedIn', count: 3 },
        { source: 'Referral', count: 2 },
        { source: 'Unknown', count: 1 }, // missing
        { source: 'Unknown', count: 1 }, // ""
      ],
    });
    expect(Object.keys(result)).toEqual([
      'total_applications',
      'status_breakdown',
      'success_rate',
      'response_rate',
      'applications_last_30_days',
      'average_days_in_pipeline',
      'top_companies',
      'top_sources',
    ]);
    expect(Object.keys(result.status_breakdown)).toEqual(['None', 'accepted', 'applied', 'interview', 'offer', 'rejected', 'withdrawn']);
  });

  it('keeps the top 5 companies, count desc then name asc', () => {
    const names = ['F', 'E', 'D', 'C', 'B', 'A', 'B', 'F'];
    const result = dashboard(names.map((name) => buildApplication({ company: { name } })), now);
    expect(result.top_companies).toEqual([
      { company: 'B', count: 2 },
      { company: 'F', count: 2 },
      { company: 'A', count: 1 },
      { company: 'C', count: 1 },
      { company: 'D', count: 1 },
    ]);
  });

  it.each([
    [[1, 2], 2], // mean 1.5 rounds half to even
    [[2, 3], 2], // mean 2.5 rounds half to even
    [[0.9, 0.1], 0], // whole days are floored first
    [[3, 3, 4], 3],
  ])('averages whole days in pipeline %j -> %i', (ages, expected) => {
    const apps = ages.map((days) => buildApplication({ application: { status: 'screening' }, created_at: daysAgo(days) }));
    expect(dashboard(apps, now).average_days_in_pipeline).toBe(expected);
  });

  it('counts applications from 30 days ago inclusive, not a millisecond earlier', () => {
    const apps = [
      buildApplication({ created_at: new Date(now.getTime() - 30 * DAY_MS) }),
      buildApplication({ created_at: new Date(now.getTime() - 30 * DAY_MS - 1) }),
    ];
    expect(dashboard(apps, now).applications_last_30_days).toBe(1);
  });

  it.each([
    [['offer', 'accepted', 'offer'], 100, 100],
    [['rejected', 'withdrawn', 'rejected'], 0, 0],
    [['offer', 'rejected', 'applied'], 33.33, 66.67],
  ])('rates for %j', (statuses, success, response) => {
    const result = dashboard(statuses.map((status) => buildApplication({ application: { status } })), now);
    expect([result.success_rate, result.response_rate]).toEqual([success, response]);
  });

  it('computes 10,000 applications quickly', () => {
    const statuses = ['applied', 'screening', 'interview', 'offer', 'rejected', 'accepted', 'withdrawn'];
    const apps: Application[] = Array.from({ length: 10_000 }, (_, i) =>
      buildApplication({
        company: { name: `Company ${i % 50}` },
        application: { status: statuses[i % statuses.length], source: `Source ${i % 7}` },
        created_at: daysAgo(i % 90),
      }),
    );
    dashboard(apps, now); // warm up the JIT
    const runs = 10;
    const started = Date.now();
    for (let i = 0; i < runs; i += 1) expect(dashboard(apps, now).total_applications).toBe(10_000);
    const perRun = (Date.now() - started) / runs;
    // A few ms on the 2-core CI machine; the bound leaves room for a noisy neighbour.
    expect(perRun).toBeLessThan(50);
  });
});
