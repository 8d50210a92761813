/**
 * Share a difference out among factors by averaging over substitution orders (Shapley), with the
 * factors grouped (Owen): every order in which whole groups are substituted one after another, and
 * within a group its factors one after another, counts once. Pure; no I/O.
 */

/** Most factors {@link owenValues} accepts: subsets are bit masks of a 32-bit integer. */
export const MAX_FACTORS = 24;

/** n! for small n, exact in double precision up to 18!. */
function factorial(n: number): number {
  let result = 1;
  for (let k = 2; k <= n; k++) result *= k;
  return result;
}

/** Shapley weight of a subset of size s among n players that excludes the player: s!(n−s−1)!/n!. */
function weight(s: number, n: number): number {
  return (factorial(s) * factorial(n - s - 1)) / factorial(n);
}

/** Every subset (as a list of members) of a list. */
function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) {
    out.push(items.filter((_, index) => (mask & (1 << index)) !== 0));
  }
  return out;
}

/**
 * The Owen value of each factor: its average marginal contribution over every substitution order
 * that keeps each group together (groups in any order, factors within a group in any order).
 * With one group, or groups of one factor each, this is the Shapley value.
 *
 * Properties (tested): the values add up to `value(all) − value(none)`; a factor whose substitution
 * never changes the value gets 0; the values of a group's factors add up to that group's Shapley
 * value in the game between groups.
 *
 * @param groups factor indices per group, 0 … {@link MAX_FACTORS} − 1, each index in exactly one group
 * @param value the value with the factors of a bit mask substituted (bit i = factor i); called at
 *   most once per distinct mask
 * @returns one value per factor index, 0 for indices in no group
 * @throws RangeError when an index is out of range or in two groups
 */
export function owenValues(
  groups: readonly (readonly number[])[],
  value: (mask: number) => number,
): number[] {
  const seen = new Set<number>();
  let size = 0;
  for (const group of groups) {
    for (const factor of group) {
      if (!Number.isInteger(factor) || factor < 0 || factor >= MAX_FACTORS || seen.has(factor)) {
        throw new RangeError(
          `factor ${factor} must be a whole number 0…${MAX_FACTORS - 1} and in one group only`,
        );
      }
      seen.add(factor);
      size = Math.max(size, factor + 1);
    }
  }
  const memo = new Map<number, number>();
  const v = (mask: number): number => {
    let result = memo.get(mask);
    if (result === undefined) {
      result = value(mask);
      memo.set(mask, result);
    }
    return result;
  };
  const groupMask = groups.map((group) => group.reduce((mask, factor) => mask | (1 << factor), 0));
  const values = new Array<number>(size).fill(0);
  const m = groups.length;
  groups.forEach((group, k) => {
    const others = groupMask.filter((_, index) => index !== k);
    for (const outer of subsets(others)) {
      const outerWeight = weight(outer.length, m);
      const outerMask = outer.reduce((mask, bits) => mask | bits, 0);
      for (const factor of group) {
        const peers = group.filter((other) => other !== factor);
        for (const inner of subsets(peers)) {
          const before = inner.reduce((mask, peer) => mask | (1 << peer), outerMask);
          const marginal = v(before | (1 << factor)) - v(before);
          values[factor] = values[factor]! + outerWeight * weight(inner.length, group.length) * marginal;
        }
      }
    }
  });
  return values;
}
