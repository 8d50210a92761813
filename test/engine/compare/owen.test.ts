import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { owenValues } from '../../../src/engine/compare';

/** Every ordering of a list. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * The Owen value by its definition: the average marginal contribution of each factor over every
 * order that keeps each group together (groups in any order, factors within a group in any order).
 */
function owenByOrders(groups: readonly (readonly number[])[], value: (mask: number) => number): number[] {
  const size = Math.max(0, ...groups.flat().map((f) => f + 1));
  const sums = new Array<number>(size).fill(0);
  let count = 0;
  const withinOrders = (remaining: readonly (readonly number[])[]): number[][] => {
    if (remaining.length === 0) return [[]];
    const [first, ...rest] = remaining;
    return permutations(first!).flatMap((head) => withinOrders(rest).map((tail) => [...head, ...tail]));
  };
  for (const groupOrder of permutations(groups)) {
    for (const order of withinOrders(groupOrder)) {
      count++;
      let mask = 0;
      for (const factor of order) {
        const next = mask | (1 << factor);
        sums[factor] = sums[factor]! + value(next) - value(mask);
        mask = next;
      }
    }
  }
  return sums.map((sum) => sum / count);
}

/** A game with a value for every mask of n factors. */
const game = (n: number) =>
  fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1 << n, maxLength: 1 << n });

/** A partition of factors 0…n−1 into groups (from a group label per factor). */
function partition(labels: readonly number[]): number[][] {
  const groups = new Map<number, number[]>();
  labels.forEach((label, factor) => groups.set(label, [...(groups.get(label) ?? []), factor]));
  return [...groups.values()];
}

describe('owenValues()', () => {
  test('equals the average over every order that keeps groups together, on random games', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(game(n), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n })),
          ),
        ([values, labels]) => {
          const groups = partition(labels);
          const v = (mask: number) => values[mask]!;
          const expected = owenByOrders(groups, v);
          const actual = owenValues(groups, v);
          actual.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 9));
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  test('the values add up to value(all) − value(none)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) =>
            fc.tuple(game(n), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n })),
          ),
        ([values, labels]) => {
          const sum = owenValues(partition(labels), (mask) => values[mask]!).reduce((a, b) => a + b, 0);
          expect(sum).toBeCloseTo(values[values.length - 1]! - values[0]!, 9);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });

  test.each([
    ['one group', [[0, 1, 2]]],
    ['one factor per group', [[0], [1], [2]]],
  ])('with %s it is the Shapley value', (_name, groups) => {
    // v = 10·x0 + 20·x1 + 6·x0·x1·x2: the three-way term is shared equally.
    const bit = (mask: number, i: number) => ((mask >> i) & 1) as number;
    const v = (m: number) => 10 * bit(m, 0) + 20 * bit(m, 1) + 6 * bit(m, 0) * bit(m, 1) * bit(m, 2);
    const values = owenValues(groups, v);
    expect(values[0]).toBeCloseTo(12, 12);
    expect(values[1]).toBeCloseTo(22, 12);
    expect(values[2]).toBeCloseTo(2, 12);
  });

  test('an interaction across groups is split between the groups first, then within them', () => {
    // v = 12·x0·x2, groups {0,1} and {2}: groups split 6/6; within {0,1}, factor 1 is a null player.
    const v = (m: number) => 12 * (m & 1) * ((m >> 2) & 1);
    expect(owenValues([[0, 1], [2]], v)).toEqual([6, 0, 6]);
  });

  test('a factor that never changes the value gets exactly 0', () => {
    const v = (m: number) => (m & 1 ? 5 : 0) + (m & 4 ? 7 : 0);
    expect(owenValues([[0, 1], [2]], v)[1]).toBe(0);
  });

  test('computes each mask at most once', () => {
    const calls = new Map<number, number>();
    owenValues([[0, 1, 2], [3, 4], [5]], (mask) => {
      calls.set(mask, (calls.get(mask) ?? 0) + 1);
      return mask;
    });
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
  });

  test.each([
    ['a factor in two groups', [[0, 1], [1]]],
    ['a negative factor', [[-1]]],
    ['a factor too large for a mask', [[24]]],
  ])('refuses %s', (_name, groups) => {
    expect(() => owenValues(groups, () => 0)).toThrow(RangeError);
  });

  test('no factors: nothing to share', () => {
    expect(owenValues([], () => 1)).toEqual([]);
  });
});
