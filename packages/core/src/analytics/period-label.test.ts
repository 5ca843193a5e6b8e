import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel, sundayWeekOfYear } from './period-label.js';

describe('periodLabel', () => {
  // Expected week numbers checked against Python's strftime('%U').
  it.each([
    ['2023-01-01T00:00:00Z', 'week', '2023-W01'], // a Sunday on 1 January starts week 1
    ['2022-01-01T12:00:00Z', 'week', '2022-W00'], // Saturday before the first Sunday
    ['2021-01-02T23:59:59Z', 'week', '2021-W00'],
    ['2022-01-02T00:00:00Z', 'week', '2022-W01'],
    ['2023-12-31T10:00:00Z', 'week', '2023-W53'],
    ['2000-12-31T10:00:00Z', 'week', '2000-W53'],
    ['2024-12-31T10:00:00Z', 'week', '2024-W52'],
    ['2025-02-14T10:00:00Z', 'week', '2025-W06'],
    ['2025-03-04T10:00:00Z', 'month', '2025-03'],
    ['2025-03-04T10:00:00Z', 'day', '2025-03-04'],
    ['2025-03-31T23:30:00-02:00', 'month', '2025-04'], // grouped in UTC
    ['2025-03-31T23:30:00-02:00', 'day', '2025-04-01'],
  ] as const)('%s by %s -> %s', (iso, period, label) => {
    expect(periodLabel(new Date(iso), period)).toBe(label);
  });

  it('numbers the weeks 0..53', () => {
    expect(sundayWeekOfYear(new Date('2017-01-01T00:00:00Z'))).toBe(1);
    expect(sundayWeekOfYear(new Date('2017-12-31T00:00:00Z'))).toBe(53);
    expect(sundayWeekOfYear(new Date('2018-01-06T00:00:00Z'))).toBe(0);
  });
});

describe('parsePeriod', () => {
  it.each([
    [undefined, 'month'],
    ['month', 'month'],
    ['week', 'week'],
    ['day', 'day'],
    ['', null],
    ['Month', null],
    ['year', null],
  ] as const)('%j -> %j', (value, expected) => {
    expect(parsePeriod(value)).toBe(expected);
  });
});
