import { describe, expect, test } from 'vitest';
import { leverSpec, OTHER_INDUSTRY_GROWTH } from '../../../src/data/levers';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { validateScenario } from '../../../src/scenario/schema';
import type { Scenario } from '../../../src/scenario/scenario';
import {
  assumptionKey,
  emptyUncertainty,
  followAssumptions,
  hasRanges,
  presetRange,
  rangedAssumptions,
  shiftRange,
} from '../../../src/engine/uncertainty';
import { EARLY_ESTIMATES } from '../scenario-fixtures';

describe('presetRange()', () => {
  test.each([
    ['±20 % on 9 % growth', 0.09, 'growthRate', 0.2, 0.072, 0.108],
    ['±10 % on 90 亿元 investment', 90, 'investmentPerYear', 0.1, 81, 99],
    ['±20 % on −10 % growth (low below)', -0.1, 'growthRate', 0.2, -0.12, -0.08],
    ['clamped to the lever: ±20 % on 280 % growth', 2.8, 'growthRate', 0.2, 2.24, 3],
    ['a whole-number lever stays whole: ±20 % on a lag of 1', 1, 'lagYears', 0.2, 1, 1],
    ['zero stays zero', 0, 'investmentPerYear', 0.2, 0, 0],
  ] as const)('%s', (_name, value, leverId, share, low, high) => {
    const range = presetRange(value, leverSpec(leverId), share);
    expect(range.low).toBeCloseTo(low, 12);
    expect(range.high).toBeCloseTo(high, 12);
    expect(range.distribution).toBe('triangular');
  });
});

describe('shiftRange() and followAssumptions()', () => {
  test('a range moves with its assumption, clamped to the lever', () => {
    const range = { low: 0.07, high: 0.11, distribution: 'normal' as const };
    expect(shiftRange(range, 0.09, 0.19, leverSpec('growthRate'))).toEqual({
      low: 0.07 + (0.19 - 0.09),
      high: 0.11 + (0.19 - 0.09),
      distribution: 'normal',
    });
    expect(shiftRange(range, 0.09, -0.5, leverSpec('growthRate')).low).toBe(-0.5);
  });

  test('rounding in the shift never puts low above the new value or high below it', () => {
    for (const [before, after] of [
      [0.1, 0.3],
      [0.09, 0.261],
      [0.7, 0.1],
      [1e-17, 0.3],
    ]) {
      const pinned = { low: before!, high: before!, distribution: 'uniform' as const };
      const moved = shiftRange(pinned, before!, after!, leverSpec('growthRate'));
      expect(moved.low).toBeLessThanOrEqual(after!);
      expect(moved.high).toBeGreaterThanOrEqual(after!);
    }
  });

  test('after a lever move every range still holds its value, and the scenario stays valid', () => {
    const before: Scenario = {
      ...EARLY_ESTIMATES,
      uncertainty: {
        ...emptyUncertainty(),
        clusters: { newMaterials: { growthRate: { low: 0.072, high: 0.108, distribution: 'triangular' } } },
        otherIndustryGrowth: { low: 0.04, high: 0.06, distribution: 'uniform' },
      },
    };
    const after = structuredClone(before);
    after.clusters.newMaterials.growthRate = 0.261;
    after.otherIndustryGrowth = -0.5;
    after.uncertainty = followAssumptions(before.uncertainty!, before, after);
    expect(after.uncertainty.clusters.newMaterials!.growthRate!.low).toBeCloseTo(0.243, 12);
    expect(after.uncertainty.clusters.newMaterials!.growthRate!.high).toBeCloseTo(0.279, 12);
    // 0.04–0.06 around 0.05 moved by −0.55: low clamped to the lever's minimum, high −0.49.
    expect(after.uncertainty.otherIndustryGrowth!.low).toBe(OTHER_INDUSTRY_GROWTH.min);
    expect(after.uncertainty.otherIndustryGrowth!.high).toBeCloseTo(-0.49, 12);
    expect(validateScenario(after, PLAN_DATASET)).toEqual([]);
    expect(before.uncertainty!.clusters.newMaterials!.growthRate!.low).toBe(0.072); // inputs untouched
  });
});

describe('rangedAssumptions()', () => {
  test('lists ranges in dataset and lever order, whatever the key order, other industry last', () => {
    const scenario: Scenario = {
      ...EARLY_ESTIMATES,
      uncertainty: {
        ...emptyUncertainty(),
        otherIndustryGrowth: { low: 0.04, high: 0.06, distribution: 'uniform' },
        clusters: {
          modernServices: { growthRate: { low: 0.08, high: 0.1, distribution: 'uniform' } },
          newMaterials: {
            landIntensity: { low: 40, high: 50, distribution: 'uniform' },
            growthRate: { low: 0.08, high: 0.1, distribution: 'uniform' },
          },
        },
      },
    };
    expect(rangedAssumptions(PLAN_DATASET, scenario).map((r) => assumptionKey(r.ref))).toEqual([
      'newMaterials.growthRate',
      'newMaterials.landIntensity',
      'modernServices.growthRate',
      'otherIndustryGrowth',
    ]);
    expect(hasRanges(scenario.uncertainty)).toBe(true);
    expect(hasRanges(emptyUncertainty())).toBe(false);
    expect(hasRanges({ ...emptyUncertainty(), clusters: { newMaterials: {} } })).toBe(false);
  });
});
