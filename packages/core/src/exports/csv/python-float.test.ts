import { describe, expect, it } from 'vitest';
import { pythonFloatRepr, pythonIntRepr } from './python-float.js';

describe('pythonFloatRepr', () => {
  // Expected values are Python 3.11's repr().
  it.each([
    [4, '4.0'],
    [4.5, '4.5'],
    [22, '22.0'],
    [33.33, '33.33'],
    [100, '100.0'],
    [0, '0.0'],
    [-0, '-0.0'],
    [-5, '-5.0'],
    [0.1 + 0.2, '0.30000000000000004'],
    [12345.678, '12345.678'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    // eslint-disable-next-line no-loss-of-precision -- the rounded double is what is printed
    [123456789012345678, '1.2345678901234568e+17'],
    [1e22, '1e+22'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [2.5e-5, '2.5e-05'],
    [1.5e-7, '1.5e-07'],
    [-1.5e-7, '-1.5e-07'],
    [1e-100, '1e-100'],
    [NaN, 'nan'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
  ])('repr(%s) = %s', (value, expected) => {
    expect(pythonFloatRepr(value)).toBe(expected);
  });
});

describe('pythonIntRepr', () => {
  it.each([
    [0, '0'],
    [-5, '-5'],
    [120000, '120000'],
    [1e21, '1000000000000000000000'],
  ])('str(%s) = %s', (value, expected) => {
    expect(pythonIntRepr(value)).toBe(expected);
  });
});
