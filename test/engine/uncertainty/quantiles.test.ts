import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extent, histogramInto, quantilesInto } from '../../../src/engine/uncertainty/quantiles';

/** Type-7 quantile by sorting, as d3.quantile computes it: the reference. */
function reference(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const k = Math.floor(h);
  const x0 = sorted[k]!;
  const x1 = sorted[Math.min(k + 1, sorted.length - 1)]!;
  return x0 + (x1 - x0) * (h - k);
}

const LEVELS = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];

describe('quantilesInto()', () => {
  test.each([
    [[1], 0.5, 1],
    [[3, 1, 2], 0.5, 2],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.1, 1.3],
    [[5, 5, 5], 0.9, 5],
  ])('of %j at %d is %d', (values, q, expected) => {
    const out = new Float64Array(1);
    quantilesInto(Float64Array.from(values), [q], out);
    expect(out[0]).toBeCloseTo(expected, 12);
  });

  test('equals the sorting reference on random samples, with ties and wide ranges', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.constantFrom(0, 1, 2, 600),
            fc.integer({ min: -5, max: 5 }),
          ),
          { minLength: 1, maxLength: 3000 },
        ),
        (values) => {
          const array = Float64Array.from(values);
          const out = new Float64Array(LEVELS.length);
          quantilesInto(array, LEVELS, out);
          LEVELS.forEach((q, i) => expect(out[i]).toBe(reference(values, q)));
          expect(Array.from(array)).toEqual(values); // never reordered
        },
      ),
      { seed: 99, numRuns: 300 },
    );
  });

  test('works on Float32Array samples with a known extent', () => {
    const values = Float32Array.from({ length: 50_001 }, (_, i) => Math.fround(Math.sin(i) * 100));
    const out = new Float64Array(LEVELS.length);
    quantilesInto(values, LEVELS, out, 0, extent(values));
    LEVELS.forEach((q, i) => expect(out[i]).toBe(reference(Array.from(values), q)));
  });

  test('gives NaN for an empty sample', () => {
    const out = new Float64Array(2);
    quantilesInto(new Float64Array(0), [0.1, 0.9], out);
    expect(Array.from(out)).toEqual([Number.NaN, Number.NaN]);
  });
});

describe('histogramInto()', () => {
  test('counts every value once, the top edge into the last bin', () => {
    const counts = new Uint32Array(4);
    histogramInto(Float64Array.from([0, 0.5, 1, 1.5, 2, 3, 4]), 0, 1, counts);
    expect(Array.from(counts)).toEqual([2, 2, 1, 2]);
  });
});
