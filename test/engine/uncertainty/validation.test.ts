import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { validateScenario } from '../../../src/scenario/schema';
import type { Scenario } from '../../../src/scenario/scenario';
import { EARLY_ESTIMATES } from '../scenario-fixtures';

/** The default scenario with an uncertainty given as raw data (possibly invalid). */
function withUncertainty(uncertainty: unknown): Scenario {
  // Growth 9 %: the ranges below are written around it.
  return { ...EARLY_ESTIMATES, uncertainty } as Scenario;
}

const growth = (range: unknown) =>
  withUncertainty({ clusters: { newMaterials: { growthRate: range } }, trials: 10_000, seed: 1 });

const paths = (scenario: Scenario) => validateScenario(scenario, PLAN_DATASET).map((issue) => issue.path);

describe('validateScenario() on uncertainty', () => {
  test('accepts valid ranges, a whole lag range, and the extremes of trials and seed', () => {
    const scenario = withUncertainty({
      clusters: {
        newMaterials: {
          growthRate: { low: 0.05, high: 0.12, distribution: 'triangular' },
          lagYears: { low: 0, high: 2, distribution: 'uniform' },
        },
        medicineHealth: { growthRate: { low: 0.09, high: 0.09, distribution: 'normal' } },
      },
      otherIndustryGrowth: { low: 0.03, high: 0.07, distribution: 'normal' },
      trials: 1_000_000,
      seed: 0xffff_ffff,
    });
    expect(validateScenario(scenario, PLAN_DATASET)).toEqual([]);
    expect(paths(withUncertainty({ clusters: {}, trials: 1, seed: 0 }))).toEqual([]);
  });

  test.each([
    ['low above the most likely value', { low: 0.1, high: 0.2, distribution: 'uniform' }, 'low'],
    ['high below the most likely value', { low: 0.05, high: 0.08, distribution: 'uniform' }, 'high'],
    ['low NaN', { low: Number.NaN, high: 0.2, distribution: 'uniform' }, 'low'],
    ['high Infinity', { low: 0.05, high: Number.POSITIVE_INFINITY, distribution: 'uniform' }, 'high'],
    ['low below the lever minimum', { low: -0.6, high: 0.2, distribution: 'uniform' }, 'low'],
    ['high above the lever maximum', { low: 0.05, high: 3.5, distribution: 'uniform' }, 'high'],
    ['low missing', { high: 0.2, distribution: 'uniform' }, 'low'],
    ['an unknown distribution', { low: 0.05, high: 0.2, distribution: 'lognormal' }, 'distribution'],
  ])('refuses %s, naming the field', (_name, range, field) => {
    const issues = validateScenario(growth(range), PLAN_DATASET);
    expect(issues.map((i) => i.path)).toEqual([`uncertainty.clusters.newMaterials.growthRate.${field}`]);
    expect(issues[0]!.message).toContain(`uncertainty.clusters.newMaterials.growthRate.${field}`);
  });

  test('says the allowed range runs to the most likely value', () => {
    const [issue] = validateScenario(growth({ low: 0.1, high: 0.2, distribution: 'uniform' }), PLAN_DATASET);
    expect(issue!.code).toBe('outOfRange');
    expect(issue!.params).toEqual({ value: 0.1, min: -0.5, max: 0.09, integer: false });
    expect(issue!.message).toMatch(/from -0\.5 to 0\.09/);
  });

  test.each([
    ['trials 0', { clusters: {}, trials: 0, seed: 1 }, 'uncertainty.trials'],
    ['trials above 1,000,000', { clusters: {}, trials: 1_000_001, seed: 1 }, 'uncertainty.trials'],
    ['trials not whole', { clusters: {}, trials: 10.5, seed: 1 }, 'uncertainty.trials'],
    ['a negative seed', { clusters: {}, trials: 10, seed: -1 }, 'uncertainty.seed'],
    ['a seed above 2³²−1', { clusters: {}, trials: 10, seed: 2 ** 32 }, 'uncertainty.seed'],
    ['a seed that is not whole', { clusters: {}, trials: 10, seed: 1.5 }, 'uncertainty.seed'],
    ['a missing seed', { clusters: {}, trials: 10 }, 'uncertainty.seed'],
    [
      'a lag range that is not whole',
      {
        clusters: { newMaterials: { lagYears: { low: 0.5, high: 1, distribution: 'uniform' } } },
        trials: 10,
        seed: 1,
      },
      'uncertainty.clusters.newMaterials.lagYears.low',
    ],
    ['an unknown cluster', { clusters: { steel: {} }, trials: 10, seed: 1 }, 'uncertainty.clusters.steel'],
    [
      'an unknown lever',
      { clusters: { newMaterials: { taxRate: {} } }, trials: 10, seed: 1 },
      'uncertainty.clusters.newMaterials.taxRate',
    ],
    [
      'a range that is not an object',
      { clusters: { newMaterials: { growthRate: 5 } }, trials: 10, seed: 1 },
      'uncertainty.clusters.newMaterials.growthRate',
    ],
    [
      'other-industry low above its value',
      {
        clusters: {},
        otherIndustryGrowth: { low: 0.06, high: 0.07, distribution: 'uniform' },
        trials: 10,
        seed: 1,
      },
      'uncertainty.otherIndustryGrowth.low',
    ],
    ['an uncertainty that is not an object', 'lots', 'uncertainty'],
  ])('refuses %s at %s', (_name, uncertainty, path) => {
    expect(paths(withUncertainty(uncertainty))).toEqual([path]);
  });
});
