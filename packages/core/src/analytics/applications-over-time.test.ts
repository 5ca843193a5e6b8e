import { describe, expect, it } from 'vitest';
import { applicationsOverTime, successRateOverTime } from './applications-over-time.js';
import { at, buildApplication } from '../testing/index.js';

const created = (iso: string, status?: string) =>
  buildApplication({ created_at: at(iso), application: status === undefined ? {} : { status } });

// Deliberately unordered, with applied_date far from created_at: grouping uses created_at only.
const apps = [
  buildApplication({ created_at: at('2025-03-02T08:00:00Z'), application: { applied_date: at('2024-01-01T00:00:00Z') } }),
  created('2025-01-31T23:59:59Z'),
  created('2025-03-01T00:00:00Z'),
  created('2024-12-31T10:00:00Z'),
  created('2025-01-01T00:00:00Z'),
  buildApplication({ created_at: undefined }),
];

describe('applicationsOverTime', () => {
  it('is empty without applications', () => {
    expect(applicationsOverTime([], 'month')).toEqual([]);
  });

  it.each([
    ['month', [{ period: '2024-12', count: 1 }, { period: '2025-01', count: 2 }, { period: '2025-03', count: 2 }]],
    [
      'week',
      [
        { period: '2024-W52', count: 1 },
        { period: '2025-W00', count: 1 }, // 1 Jan 2025 is a Wednesday
        { period: '2025-W04', count: 1 },
        { period: '2025-W08', count: 1 }, // Saturday 1 March
        { period: '2025-W09', count: 1 }, // Sunday 2 March starts a new week
      ],
    ],
    [
      'day',
      [
        { period: '2024-12-31', count: 1 },
        { period: '2025-01-01', count: 1 },
        { period: '2025-01-31', count: 1 },
        { period: '2025-03-01', count: 1 },
        { period: '2025-03-02', count: 1 },
      ],
    ],
  ] as const)('groups by %s of created_at, ascending, no zero-fill, skips a missing created_at', (period, expected) => {
    expect(applicationsOverTime(apps, period)).toEqual(expected);
  });
});

describe('successRateOverTime', () => {
  it('is empty without applications', () => {
    expect(successRateOverTime([])).toEqual([]);
  });

  it('computes the monthly rate of offer/accepted over all, rounded to 2 decimals', () => {
    const result = successRateOverTime([
      created('2025-03-10T00:00:00Z', 'offer'),
      created('2025-01-05T00:00:00Z', 'offer'),
      created('2025-01-06T00:00:00Z', 'accepted'),
      created('2025-01-07T00:00:00Z', 'rejected'),
      created('2025-02-07T00:00:00Z', 'applied'),
      created('2025-03-11T00:00:00Z'),
    ]);
    expect(result).toEqual([
      { period: '2025-01', success_rate: 66.67, total: 3, success: 2 },
      { period: '2025-02', success_rate: 0, total: 1, success: 0 },
      { period: '2025-03', success_rate: 50, total: 2, success: 1 },
    ]);
    expect(Object.keys(result[0] ?? {})).toEqual(['period', 'success_rate', 'total', 'success']);
  });
});
