import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LEVERS } from '../../../src/data/levers';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { project } from '../../../src/engine';
import {
  compileTrialModel,
  parameterIndex,
  parametersOf,
  projectTrial,
  type TrialModel,
} from '../../../src/engine/uncertainty/trial-model';
import type { Scenario } from '../../../src/scenario/scenario';
import { DEFAULT_SCENARIO, datasetWithHorizon } from '../scenario-fixtures';
import { RUNS, projectSettings, validScenario } from './arbitraries';

/** Every figure the kernel writes, compared with project()'s for the same scenario: bit for bit. */
function expectSameAsProject(model: TrialModel, scenario: Scenario, out: Float64Array, targetYear = 2020) {
  const result = project(datasetWithHorizon(targetYear), scenario);
  const n = model.yearCount;
  const L = model.layout;
  expect(n).toBe(result.years.length);
  result.clusters.forEach((cluster, c) => {
    cluster.years.forEach((year, t) => {
      expect(out[L.output + c * n + t], `${cluster.id} ${year.year} output`).toBe(year.output);
      expect(out[L.land + c * n + t], `${cluster.id} ${year.year} land`).toBe(year.producingLand);
      expect(out[L.capacity + c * n + t], `${cluster.id} ${year.year} capacity`).toBe(year.capacity);
      expect(out[L.potential + c * n + t], `${cluster.id} ${year.year} potential`).toBe(year.potential);
    });
  });
  result.zone.forEach((zone, t) => {
    expect(out[L.industrialOutput + t], `${zone.year} industrial output`).toBe(zone.industrialOutput);
    expect(out[L.otherIndustry + t], `${zone.year} other industry`).toBe(zone.otherIndustry);
    expect(out[L.industrialLand + t], `${zone.year} industrial land`).toBe(zone.industrialLand);
    expect(out[L.outputIntensity + t], `${zone.year} output intensity`).toBe(zone.outputIntensity);
    expect(out[L.serviceRevenue + t], `${zone.year} service revenue`).toBe(zone.serviceRevenue);
  });
}

describe('projectTrial()', () => {
  test("reproduces project() bit for bit on the plan's default scenario", () => {
    const model = compileTrialModel(PLAN_DATASET, DEFAULT_SCENARIO);
    const out = new Float64Array(model.outputLength);
    projectTrial(model, parametersOf(model, DEFAULT_SCENARIO), out);
    expectSameAsProject(model, DEFAULT_SCENARIO, out);
  });

  test('reproduces project() bit for bit on random valid scenarios and horizons', () => {
    fc.assert(
      fc.property(validScenario, fc.integer({ min: 2018, max: 2030 }), (scenario, targetYear) => {
        const model = compileTrialModel(datasetWithHorizon(targetYear), scenario);
        const out = new Float64Array(model.outputLength);
        projectTrial(model, parametersOf(model, scenario), out);
        expectSameAsProject(model, scenario, out, targetYear);
      }),
      RUNS,
    );
  });

  test('reproduces project() bit for bit with key projects switched on (their output and land)', () => {
    fc.assert(
      fc.property(validScenario, projectSettings, (base, projects) => {
        const scenario = { ...base, projects };
        const model = compileTrialModel(PLAN_DATASET, scenario);
        const out = new Float64Array(model.outputLength);
        projectTrial(model, parametersOf(model, scenario), out);
        expectSameAsProject(model, scenario, out);
      }),
      RUNS,
    );
  });

  test('gives the same figures whatever trial came before (the power caches never leak)', () => {
    fc.assert(
      fc.property(validScenario, validScenario, (first, second) => {
        // One model compiled for `second`'s readings, reused after a trial of `first`'s levers.
        const both = { ...first, conflictChoices: second.conflictChoices, thresholds: second.thresholds };
        const model = compileTrialModel(PLAN_DATASET, second);
        const out = new Float64Array(model.outputLength);
        projectTrial(model, parametersOf(model, both), out);
        projectTrial(model, parametersOf(model, second), out);
        expectSameAsProject(model, second, out);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  test('a parameter vector holds each cluster lever at its index, then other-industry growth', () => {
    const model = compileTrialModel(PLAN_DATASET, DEFAULT_SCENARIO);
    const params = parametersOf(model, DEFAULT_SCENARIO);
    expect(params.length).toBe(PLAN_DATASET.clusters.length * LEVERS.length + 1);
    for (const cluster of PLAN_DATASET.clusters) {
      for (const lever of LEVERS) {
        const index = parameterIndex(model, { kind: 'cluster', clusterId: cluster.id, leverId: lever.id });
        expect(params[index]).toBe(DEFAULT_SCENARIO.clusters[cluster.id][lever.id]);
      }
    }
    expect(params[parameterIndex(model, { kind: 'otherIndustryGrowth' })]).toBe(
      DEFAULT_SCENARIO.otherIndustryGrowth,
    );
  });
});
