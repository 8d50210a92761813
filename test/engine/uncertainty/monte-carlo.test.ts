import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { project, statusOf } from '../../../src/engine';
import type { AssumptionRange, Scenario } from '../../../src/scenario/scenario';
import {
  MonteCarloRun,
  QUANTILE_LEVELS,
  createGenerator,
  rangedAssumptions,
  simulate,
  type SimulationResult,
} from '../../../src/engine/uncertainty';
import { compileSamplers, drawTrial } from '../../../src/engine/uncertainty/sampling';
import { compileTrialModel, parameterIndex, parametersOf } from '../../../src/engine/uncertainty/trial-model';
import { AMPLE_LAND, DEFAULT_SCENARIO, NO_INVESTMENT, targetOf, withCluster } from '../scenario-fixtures';
import { RUNS, scenarioWithRanges } from './arbitraries';

/** The default scenario with ranges on some cluster levers. */
function withRanges(
  ranges: Partial<Record<string, Partial<Record<string, AssumptionRange>>>>,
  scenario: Scenario = DEFAULT_SCENARIO,
  trials = 2_000,
  seed = 42,
): Scenario {
  return { ...scenario, uncertainty: { clusters: ranges, trials, seed } };
}

/** ±20 % around the estimates' 5 % organic growth. */
const GROWTH_20: Scenario = withRanges({
  newMaterials: { growthRate: { low: 0.04, high: 0.06, distribution: 'triangular' } },
  medicineHealth: { growthRate: { low: 0.04, high: 0.06, distribution: 'normal' } },
  smartManufacturing: { growthRate: { low: 0.04, high: 0.06, distribution: 'uniform' } },
  agriProcessing: { investmentPerYear: { low: 20, high: 30, distribution: 'triangular' } },
  modernServices: { landPace: { low: 0.1, high: 0.3, distribution: 'triangular' } },
});

const run = (scenario: Scenario, seed = scenario.uncertainty!.seed) => simulate(PLAN_DATASET, scenario, seed);

const target = (result: SimulationResult, id: string) => result.targets.find((t) => t.id === id)!;

describe('simulate()', () => {
  test('the same seed gives the same result, bit for bit', () => {
    expect(run(GROWTH_20)).toEqual(run(GROWTH_20));
  });

  test('another seed gives another result', () => {
    expect(run(GROWTH_20, 1).series[0]!.quantiles).not.toEqual(run(GROWTH_20, 2).series[0]!.quantiles);
  });

  test('the result does not depend on how the trials are split into steps', () => {
    const whole = run(GROWTH_20);
    for (const chunk of [1, 7, 333, 512, 513]) {
      const stepped = new MonteCarloRun(PLAN_DATASET, GROWTH_20, 42);
      while (stepped.done < stepped.total) stepped.step(chunk);
      expect(stepped.result(), `steps of ${chunk}`).toEqual(whole);
    }
  });

  test('a one-trial run equals project() of the drawn scenario', () => {
    for (const seed of [0, 1, 2, 3, 0xffff_ffff]) {
      const scenario: Scenario = {
        ...GROWTH_20,
        uncertainty: { ...GROWTH_20.uncertainty!, trials: 1, seed },
      };
      const result = run(scenario);
      // Draw the same numbers outside the run and build the scenario they stand for.
      const model = compileTrialModel(PLAN_DATASET, scenario);
      const ranged = rangedAssumptions(PLAN_DATASET, scenario);
      const samplers = compileSamplers(
        ranged.map((r) => ({
          index: parameterIndex(model, r.ref),
          range: r.range,
          mostLikely: r.mostLikely,
          min: r.spec.min,
          max: r.spec.max,
          integer: r.spec.integer,
        })),
      );
      const params = parametersOf(model, scenario);
      drawTrial(samplers, createGenerator(seed), params);
      const drawn = structuredClone(scenario);
      for (const r of ranged) {
        if (r.ref.kind === 'cluster')
          drawn.clusters[r.ref.clusterId][r.ref.leverId] = params[parameterIndex(model, r.ref)]!;
      }
      delete drawn.uncertainty;
      const projection = project(PLAN_DATASET, drawn);
      for (const t of result.targets) {
        const expected = targetOf(projection, t.id);
        for (const q of t.quantiles) expect(q).toBe(Math.fround(expected.projected));
        expect(t.onTrackTrials).toBe(statusOf(expected.attainment, drawn.thresholds) === 'onTrack' ? 1 : 0);
      }
    }
  });

  test('without ranges every quantile is the projection and every probability 0 or 1', () => {
    const scenario = withRanges({}, DEFAULT_SCENARIO, 50);
    const result = run(scenario);
    const projection = project(PLAN_DATASET, DEFAULT_SCENARIO);
    expect(result.rangedCount).toBe(0);
    for (const t of result.targets) {
      const expected = targetOf(projection, t.id);
      expect(t.mostLikely).toBe(expected.projected);
      for (const q of t.quantiles) expect(q).toBe(Math.fround(expected.projected));
      expect(t.pOnTrack).toBe(expected.status === 'onTrack' ? 1 : 0);
    }
    result.series.forEach((series) => {
      for (let year = 0; year < result.years.length; year++) {
        // The base year is the plan's figure itself; projected years are stored as 32-bit floats.
        const expected = year === 0 ? series.mostLikely[0]! : Math.fround(series.mostLikely[year]!);
        for (let l = 0; l < QUANTILE_LEVELS.length; l++) {
          expect(series.quantiles[year * QUANTILE_LEVELS.length + l]).toBe(expected);
        }
      }
    });
  });

  test('a uniform growth range gives the 2020 quantiles computed by hand', () => {
    // New materials with no investment and land to spare: Y₂₀₂₀ = 51.5 × (1 + g)³, g ~ U(0.05, 0.15).
    // Y rises with g, so its q-quantile is 51.5 × (1.05 + 0.1·q)³.
    const base = withCluster('newMaterials', { ...AMPLE_LAND, ...NO_INVESTMENT, growthRate: 0.1 });
    const scenario = withRanges(
      { newMaterials: { growthRate: { low: 0.05, high: 0.15, distribution: 'uniform' } } },
      base,
      100_000,
      7,
    );
    const quantiles = target(run(scenario), 'newMaterials').quantiles;
    const byHand = [
      51.5 * 1.06 ** 3, // P10 = 51.5 × 1.191016 = 61.337
      51.5 * 1.075 ** 3, // P25 = 51.5 × 1.242297 = 63.978
      51.5 * 1.1 ** 3, // median = 51.5 × 1.331 = 68.547
      51.5 * 1.125 ** 3, // P75 = 51.5 × 1.423828 = 73.327
      51.5 * 1.14 ** 3, // P90 = 51.5 × 1.481544 = 76.300
    ];
    expect(byHand.map((v) => Number(v.toFixed(3)))).toEqual([61.337, 63.978, 68.547, 73.327, 76.3]);
    byHand.forEach((value, l) =>
      expect(Math.abs(quantiles[l]! - value), `level ${QUANTILE_LEVELS[l]}`).toBeLessThan(0.1),
    );
  });

  test('P(on track) is 1 when even the low case meets the target and 0 when even the high case misses', () => {
    const base = withCluster('newMaterials', { ...AMPLE_LAND, growthRate: 1 });
    const scenario = withRanges(
      {
        newMaterials: { growthRate: { low: 0.9, high: 1.2, distribution: 'triangular' } },
        medicineHealth: { growthRate: { low: 0.05, high: 0.15, distribution: 'uniform' } },
      },
      base,
    );
    const low = withCluster('newMaterials', { growthRate: 0.9 }, base);
    const high = withCluster('medicineHealth', { growthRate: 0.15 }, base);
    expect(targetOf(project(PLAN_DATASET, low), 'newMaterials').status).toBe('onTrack');
    expect(targetOf(project(PLAN_DATASET, high), 'medicineHealth').status).toBe('offTrack');
    const result = run(scenario);
    expect(target(result, 'newMaterials').pOnTrack).toBe(1);
    expect(target(result, 'medicineHealth').pOnTrack).toBe(0);
  });

  test('the histogram counts every trial once, from the smallest to the largest zone output', () => {
    const result = run(GROWTH_20);
    const { counts, start, binWidth } = result.histogram;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(result.trials);
    const zone = target(result, 'industrialOutput').quantiles;
    expect(start).toBeLessThanOrEqual(zone[0]!);
    expect(start + binWidth * counts.length).toBeGreaterThanOrEqual(zone[4]!);
    expect(result.histogram.target).toBe(600);
  });

  test('every result is finite, its quantiles ordered and its probabilities in [0, 1]', () => {
    fc.assert(
      fc.property(scenarioWithRanges, (scenario) => {
        const result = run(scenario);
        expect(result.trials).toBe(scenario.uncertainty!.trials);
        for (const series of result.series) {
          for (let year = 0; year < result.years.length; year++) {
            const q = series.quantiles.subarray(year * 5, year * 5 + 5);
            for (let l = 1; l < 5; l++) expect(q[l]).toBeGreaterThanOrEqual(q[l - 1]!);
            for (const v of q) expect(Number.isFinite(v)).toBe(true);
          }
        }
        for (const t of result.targets) {
          expect(t.pOnTrack).toBeGreaterThanOrEqual(0);
          expect(t.pOnTrack).toBeLessThanOrEqual(t.pAtRiskOrBetter);
          expect(t.pAtRiskOrBetter).toBeLessThanOrEqual(1);
        }
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  test('refuses a scenario with an invalid range, naming the field', () => {
    const bad = withRanges({
      newMaterials: { growthRate: { low: 0.2, high: 0.3, distribution: 'uniform' } },
    });
    expect(() => run(bad)).toThrow(/uncertainty\.clusters\.newMaterials\.growthRate\.low/);
  });

  test('result() before the last trial is refused', () => {
    const stepped = new MonteCarloRun(PLAN_DATASET, GROWTH_20, 1);
    stepped.step(10);
    expect(() => stepped.result()).toThrow(/10 of 2000/);
  });
});
