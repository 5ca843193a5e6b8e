import { describe, expect, it } from 'vitest';
import type { Application, TimelineEvent } from '../applications/application.js';
import { averageResponseTime, daysToFirstResponse, responseTime } from './response-time.js';
import { at, buildApplication } from '../testing/index.js';

const event = (iso: string | null, event_type = 'phone_screen'): TimelineEvent => ({
  date: iso === null ? null : at(iso),
  event_type,
  title: event_type,
});
const applied = (iso: string | undefined, timeline: TimelineEvent[]) =>
  buildApplication({ application: { status: 'interview', applied_date: iso === undefined ? undefined : at(iso) }, timeline });

const qualifying = [
  // same-instant "applied" event never counts; 2 days 23 hours floors to 2
  applied('2025-03-01T10:00:00Z', [event('2025-03-01T10:00:00Z', 'applied'), event('2025-03-04T09:00:00Z'), event('2025-03-10T00:00:00Z')]),
  // undated and earlier events are skipped; exactly 7 days
  applied('2025-03-01T10:00:00Z', [event(null), event('2025-02-25T00:00:00Z', 'note'), event('2025-03-08T10:00:00Z')]),
  // stored out of order: the earliest later event wins (4.5 days floors to 4)
  applied('2025-03-01T00:00:00Z', [event('2025-03-20T00:00:00Z'), event('2025-03-05T12:00:00Z', 'status_change')]),
];
const skipped = [
  applied(undefined, [event('2025-03-04T00:00:00Z')]),
  applied('2025-03-01T00:00:00Z', []),
  buildApplication({ application: { applied_date: at('2025-03-01T00:00:00Z') }, timeline: undefined }),
  applied('2025-03-01T10:00:00Z', [event('2025-03-01T10:00:00Z', 'applied')]),
];

describe('daysToFirstResponse', () => {
  const cases: Array<[Application, number | null]> = [
    ...qualifying.map((app, i): [Application, number | null] => [app, [2, 7, 4][i] ?? null]),
    ...skipped.map((app): [Application, number | null] => [app, null]),
  ];
  it.each(cases)('case %#', (app, expected) => {
    expect(daysToFirstResponse(app)).toBe(expected);
  });
});

describe('responseTime', () => {
  it('is all zeros when nothing qualifies', () => {
    expect(responseTime([])).toEqual({ average_days: 0, fastest: 0, slowest: 0, total_responses: 0 });
    expect(responseTime(skipped)).toEqual({ average_days: 0, fastest: 0, slowest: 0, total_responses: 0 });
  });

  it('averages to 1 decimal with min, max and count', () => {
    const result = responseTime([...qualifying, ...skipped]);
    expect(result).toEqual({ average_days: 4.3, fastest: 2, slowest: 7, total_responses: 3 }); // 13 / 3
    expect(Object.keys(result)).toEqual(['average_days', 'fastest', 'slowest', 'total_responses']);
  });

  it.each([
    [[0, 0, 0, 1], 0.2], // 0.25 rounds half to even
    [[0, 1, 1, 1], 0.8], // 0.75 rounds half to even
  ])('rounds like Python: days %j -> %d', (days, expected) => {
    const apps = days.map((d) => applied('2025-01-01T00:00:00Z', [event(new Date(Date.UTC(2025, 0, 1 + d, 1)).toISOString())]));
    expect(responseTime(apps).average_days).toBe(expected);
  });
});

describe('averageResponseTime', () => {
  it('is 0 with nothing to measure and the rounded mean otherwise', () => {
    expect(averageResponseTime([])).toBe(0);
    expect(averageResponseTime(skipped)).toBe(0);
    expect(averageResponseTime(qualifying)).toBe(4.3);
  });
});
