import { describe, expect, test } from 'vitest';
import { inverseNormalCdf, normalCdf, Z_90 } from '../../../src/engine/uncertainty/normal';
import {
  compileSamplers,
  drawTrial,
  sampleAt,
  type SamplerInput,
} from '../../../src/engine/uncertainty/sampling';
import { createGenerator } from '../../../src/engine/uncertainty';
import type { AssumptionRange } from '../../../src/scenario/scenario';

function samplerFor(range: AssumptionRange, mostLikely: number, min = -10, max = 10, integer = false) {
  const input: SamplerInput = { index: 0, range, mostLikely, min, max, integer };
  return compileSamplers([input]);
}

describe('normalCdf() and inverseNormalCdf()', () => {
  test.each([
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.975, 1.959963984540054],
    [0.1, -1.2815515655446004],
    [1e-10, -6.361340902404056],
  ])('Φ⁻¹(%d) = %d', (p, z) => {
    expect(inverseNormalCdf(p)).toBeCloseTo(z, 12);
  });

  test('Φ and Φ⁻¹ invert each other to 1e-12 relative over (0, 1)', () => {
    for (let i = 1; i < 10_000; i++) {
      const p = i / 10_000;
      const tail = Math.min(p, 1 - p);
      expect(Math.abs(normalCdf(inverseNormalCdf(p)) - p) / tail).toBeLessThan(1e-12);
    }
  });

  test('Φ⁻¹ gives ±Infinity at 0 and 1, NaN outside [0, 1]', () => {
    expect(inverseNormalCdf(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(inverseNormalCdf(1)).toBe(Number.POSITIVE_INFINITY);
    expect(inverseNormalCdf(-0.1)).toBeNaN();
    expect(inverseNormalCdf(Number.NaN)).toBeNaN();
    expect(normalCdf(Z_90)).toBeCloseTo(0.9, 14);
  });
});

describe('range sampling by inversion', () => {
  test('triangular: the CDF inverse gives low at 0, the mode at (c − a)/(b − a), high at 1', () => {
    const s = samplerFor({ low: 1, high: 5, distribution: 'triangular' }, 2);
    expect(sampleAt(s, 0, 0)).toBe(1);
    expect(sampleAt(s, 0, 0.25)).toBeCloseTo(2, 12);
    expect(sampleAt(s, 0, 1 - 2 ** -53)).toBeCloseTo(5, 6);
    // F(x) = (x − a)² / ((b − a)(c − a)) below the mode: F(1.5) = 0.25 / 4 = 0.0625.
    expect(sampleAt(s, 0, 0.0625)).toBeCloseTo(1.5, 12);
    // Above: F(x) = 1 − (b − x)² / ((b − a)(b − c)); F(4) = 1 − 1/12.
    expect(sampleAt(s, 0, 1 - 1 / 12)).toBeCloseTo(4, 12);
  });

  test('uniform: low + u × (high − low), whatever the most likely value', () => {
    const s = samplerFor({ low: 2, high: 4, distribution: 'uniform' }, 3.9);
    expect(sampleAt(s, 0, 0)).toBe(2);
    expect(sampleAt(s, 0, 0.5)).toBe(3);
    expect(sampleAt(s, 0, 0.75)).toBe(3.5);
  });

  test('normal: low and high are the 10th and 90th percentiles of a split normal around the most likely value', () => {
    const s = samplerFor({ low: 0.05, high: 0.15, distribution: 'normal' }, 0.09, -0.5, 2);
    // The lever's bounds cut off only a negligible tail here, so p ≈ u.
    expect(sampleAt(s, 0, 0.1)).toBeCloseTo(0.05, 9);
    expect(sampleAt(s, 0, 0.5)).toBeCloseTo(0.09, 9);
    expect(sampleAt(s, 0, 0.9)).toBeCloseTo(0.15, 9);
  });

  test('normal: draws are truncated to the lever range, the cut-off mass spread over what is left', () => {
    // Most likely 0.1, P10 0.01: σ₋ = 0.09 / 1.2816, so 7.6 % of the untruncated mass lies below 0.
    const s = samplerFor({ low: 0.01, high: 0.2, distribution: 'normal' }, 0.1, 0, 1);
    const below = normalCdf(-0.1 / (0.09 / Z_90));
    expect(sampleAt(s, 0, 0)).toBeCloseTo(0, 12);
    // u maps to p = F(0) + u × (1 − F(0)): the median of the truncated draws is above the mode.
    expect(sampleAt(s, 0, (0.5 - below) / (1 - below))).toBeCloseTo(0.1, 9);
    const rng = createGenerator(7);
    const params = new Float64Array(1);
    let under = 0;
    for (let i = 0; i < 20_000; i++) {
      drawTrial(s, rng, params);
      expect(params[0]).toBeGreaterThanOrEqual(0);
      expect(params[0]).toBeLessThanOrEqual(1);
      if (params[0]! < 0.1) under++;
    }
    expect(under / 20_000).toBeCloseTo((0.5 - below) / (1 - below), 1);
  });

  test('normal with low = most likely: half of the draws are exactly the most likely value', () => {
    const s = samplerFor({ low: 0, high: 0.2, distribution: 'normal' }, 0, 0, 1);
    expect(sampleAt(s, 0, 0.25)).toBe(0);
    expect(sampleAt(s, 0, 0.9)).toBeCloseTo(0.2, 9);
  });

  test('a range with low = high is fixed at that value and draws nothing from the generator', () => {
    const s = samplerFor({ low: 3, high: 3, distribution: 'normal' }, 3);
    const rng = createGenerator(1);
    const before = rng.getState();
    const params = new Float64Array(1);
    drawTrial(s, rng, params);
    expect(params[0]).toBe(3);
    expect(rng.getState()).toEqual(before);
  });

  test('whole-number levers round each draw', () => {
    const s = samplerFor({ low: 0, high: 2, distribution: 'triangular' }, 1, 0, 2, true);
    const rng = createGenerator(3);
    const params = new Float64Array(1);
    const seen = new Map<number, number>();
    for (let i = 0; i < 20_000; i++) {
      drawTrial(s, rng, params);
      seen.set(params[0]!, (seen.get(params[0]!) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([0, 1, 2]);
    // Triangular(0, 1, 2): P(x < 0.5) = 0.125, so 0 comes up an eighth of the time.
    expect(seen.get(0)! / 20_000).toBeCloseTo(0.125, 1);
  });

  test.each([
    ['triangular', 1, 2, 6, (1 + 2 + 6) / 3],
    ['uniform', 1, 2, 6, 3.5],
  ] as const)('%s(%d, %d, %d) draws have the mean %d', (distribution, low, mode, high, mean) => {
    const s = samplerFor({ low, high, distribution }, mode);
    const rng = createGenerator(11);
    const params = new Float64Array(1);
    let sum = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      drawTrial(s, rng, params);
      sum += params[0]!;
    }
    expect(sum / n).toBeCloseTo(mean, 2);
  });
});
