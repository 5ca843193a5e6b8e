import { describe, expect, it } from 'vitest';
import { pythonRound } from './round.js';

describe('pythonRound', () => {
  it.each([
    [2.675, 2, 2.67],
    [0.5, 0, 0],
    [1.5, 0, 2],
    [2.5, 0, 2],
    [-2.5, 0, -2],
    [55.55555555, 2, 55.56],
    [100 / 3, 2, 33.33],
    [200 / 3, 2, 66.67],
    [4.45, 1, 4.5],
    [0.125, 2, 0.12],
    [0.375, 2, 0.38],
    [12, 1, 12],
    [1e300, 2, 1e300],
  ])('round(%s, %s) = %s', (value, digits, expected) => {
    expect(pythonRound(value, digits)).toBe(expected);
  });
});
