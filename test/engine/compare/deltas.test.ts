import { describe, expect, test } from 'vitest';
import { deltaOf, sameValue } from '../../../src/engine/compare';

describe('deltaOf()', () => {
  test.each([
    [110, 100, true, { absolute: 10, relative: 0.1 }],
    [90, 100, true, { absolute: -10, relative: -0.1 }],
    [-5, -10, true, { absolute: 5, relative: 0.5 }],
    [5, 0, true, { absolute: 5, relative: null }],
    [0.8, 0.75, false, { absolute: 0.8 - 0.75, relative: null }],
    [null, 100, true, null],
    [100, null, true, null],
  ])('deltaOf(%j, %j, %j) → %j', (value, reference, relative, expected) => {
    expect(deltaOf(value, reference, relative)).toEqual(expected);
  });
});

describe('sameValue()', () => {
  test.each([
    [0.09, 0.09, true],
    [0.09, 0.09 + 1e-17, true],
    [600, 600 * (1 + 1e-13), true],
    [0.09, 0.0905, false],
    [0, 1e-11, false],
  ])('sameValue(%d, %d) → %j', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});
