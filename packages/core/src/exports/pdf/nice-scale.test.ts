import { describe, expect, it } from 'vitest';
import { niceScale } from './nice-scale.js';

describe('niceScale', () => {
  it.each([
    [0, { top: 1, step: 1 }],
    [1, { top: 1, step: 1 }],
    [4, { top: 4, step: 1 }],
    [7, { top: 8, step: 2 }],
    [19, { top: 20, step: 5 }],
    [50, { top: 50, step: 10 }],
    [51, { top: 60, step: 20 }],
    [980, { top: 1000, step: 200 }],
  ])('max %d -> %j', (max, expected) => {
    expect(niceScale(max)).toEqual(expected);
  });
});
