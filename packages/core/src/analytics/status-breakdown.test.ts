import { describe, expect, it } from 'vitest';
import { buildApplication } from '../testing/index.js';
import { statusBreakdown, statusBreakdownEntries, statusKey } from './status-breakdown.js';

describe('statusBreakdown', () => {
  it('is empty without applications', () => {
    expect(statusBreakdown([])).toEqual({});
  });

  it('counts by status, keys a missing or null status as "None", orders count desc then key asc', () => {
    const apps = [
      buildApplication({ application: { status: 'rejected' } }),
      buildApplication({ application: { status: 'applied' } }),
      buildApplication({ application: { status: 'applied' } }),
      buildApplication({ application: { source: 'x' } }),
      buildApplication({ application: { status: null } }),
      buildApplication({ application: undefined }),
    ];
    expect(Object.entries(statusBreakdown(apps))).toEqual([
      ['None', 3],
      ['applied', 2],
      ['rejected', 1],
    ]);
  });

  it('keeps a status named __proto__ as an ordinary key', () => {
    const result = statusBreakdown([buildApplication({ application: { status: '__proto__' } })]);
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(JSON.stringify(result)).toBe('{"__proto__":1}');
  });

  it('exposes the key and entries helpers', () => {
    expect(statusKey(buildApplication({ application: {} }))).toBe('None');
    expect(statusBreakdownEntries([buildApplication()])).toEqual([['applied', 1]]);
  });
});
