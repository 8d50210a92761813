import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { leverSpec } from '../../src/data/levers';
import type { ClusterId } from '../../src/data/plan-types';
import { project, type GrowthSolution, type ProjectionResult } from '../../src/engine';
import type { Scenario } from '../../src/scenario/scenario';
import {
  AMPLE_LAND,
  DEFAULT_SCENARIO,
  NO_INVESTMENT,
  clusterOf,
  datasetWithHorizon,
  targetOf,
  withCluster,
  withScenario,
} from './scenario-fixtures';

function solutionOf(result: ProjectionResult, clusterId: ClusterId): GrowthSolution {
  const solution = result.growthSolutions.find((s) => s.clusterId === clusterId);
  if (solution === undefined) throw new Error(`no growth solution for ${clusterId}`);
  return solution;
}

/** Project again with the solved growth rate and return the cluster's target row. */
function projectAtSolvedGrowth(
  scenario: Scenario,
  clusterId: ClusterId,
  growthRate: number,
  dataset = PLAN_DATASET,
) {
  return targetOf(project(dataset, withCluster(clusterId, { growthRate }, scenario)), clusterId);
}

describe('growth solve', () => {
  test.each([
    { name: 'the dataset’s estimates', scenario: DEFAULT_SCENARIO, reachable: 5 },
    {
      // 300 is above new materials' 2020 land capacity ((51.5/45 + 3 × 1.01) × 60 ≈ 250.5), so only the other four remain reachable.
      name: 'the 300 reading of the new-materials target',
      scenario: withScenario({ conflictChoices: { newMaterialsTarget: 1 } }),
      reachable: 4,
    },
    {
      name: 'lag 0 with full ramp-up',
      scenario: withCluster('newMaterials', { lagYears: 0, rampUpShare: 1 }),
      reachable: 5,
    },
  ])(
    'growthSolutions: projecting at the solved growth rate reproduces each reachable target ($name)',
    ({ scenario, reachable: count }) => {
      const result = project(PLAN_DATASET, scenario);
      const reachable = result.growthSolutions.filter((s) => s.outcome === 'reachable');
      expect(reachable).toHaveLength(count);
      for (const solution of reachable) {
        const row = projectAtSolvedGrowth(scenario, solution.clusterId, solution.growthRate!);
        expect(row.attainment, solution.clusterId).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(Math.abs(row.projected - row.target), solution.clusterId).toBeLessThanOrEqual(1e-6);
        expect(row.status, solution.clusterId).toBe('onTrack');
      }
    },
  );

  test('growthSolutions finds the smallest growth rate: a little less falls short', () => {
    const result = project(PLAN_DATASET, DEFAULT_SCENARIO);
    const solution = solutionOf(result, 'newMaterials');
    expect(solution.outcome).toBe('reachable');
    const below = projectAtSolvedGrowth(DEFAULT_SCENARIO, 'newMaterials', solution.growthRate! - 1e-6);
    expect(below.projected).toBeLessThan(below.target);
  });

  test('growthSolutions solves a cluster with no investment and ample land as the plain CAGR', () => {
    const scenario = withCluster('newMaterials', { ...NO_INVESTMENT, ...AMPLE_LAND });
    const solution = solutionOf(project(PLAN_DATASET, scenario), 'newMaterials');
    expect(solution.outcome).toBe('reachable');
    expect(solution.growthRate).toBeCloseTo((250 / 51.5) ** (1 / 3) - 1, 9);
  });

  test('growthSolutions solves over a 2025 horizon from the dataset alone', () => {
    const dataset = datasetWithHorizon(2025);
    const scenario = withCluster('newMaterials', { ...NO_INVESTMENT, ...AMPLE_LAND });
    const solution = solutionOf(project(dataset, scenario), 'newMaterials');
    expect(solution.outcome).toBe('reachable');
    expect(solution.growthRate).toBeCloseTo((250 / 51.5) ** (1 / 8) - 1, 9);
    const row = projectAtSolvedGrowth(scenario, 'newMaterials', solution.growthRate!, dataset);
    expect(row.attainment).toBeGreaterThanOrEqual(1 - 1e-9);
  });

  test.each<{
    name: string;
    clusterId: ClusterId;
    scenario: Scenario;
    outcome: GrowthSolution['outcome'];
    dataset?: typeof PLAN_DATASET;
  }>([
    {
      // At 60 亿元/km², Qianzhou's 1.53 km² hold 91.8 < 100 whatever the growth.
      name: 'agricultural processing at 60 亿元/km², capped by Qianzhou below its target of 100',
      clusterId: 'agriProcessing',
      scenario: withCluster('agriProcessing', { landIntensity: 60 }),
      outcome: 'landBinds',
    },
    {
      // No new land: 1.1444 km² × 60 ≈ 68.7 < 250.
      name: 'new materials with no land development',
      clusterId: 'newMaterials',
      scenario: withCluster('newMaterials', { landPace: 0 }),
      outcome: 'landBinds',
    },
    {
      // One projected year: 3.9 · 4 = 15.6 < 150 even at the highest growth (300 %), with land to spare.
      name: 'medicine with no investment over one year, even at 300 % growth',
      clusterId: 'medicineHealth',
      scenario: withCluster('medicineHealth', { ...NO_INVESTMENT, ...AMPLE_LAND }),
      outcome: 'beyondRange',
      dataset: datasetWithHorizon(2018),
    },
    {
      // 1500 亿元 of output a year arrives from 2018 on: 250 is met even at −50 % growth.
      name: 'new materials with a flood of investment',
      clusterId: 'newMaterials',
      scenario: withCluster('newMaterials', {
        investmentPerYear: 300,
        outputPerInvestment: 5,
        lagYears: 0,
        rampUpShare: 1,
        ...AMPLE_LAND,
      }),
      outcome: 'metAtMinimum',
    },
  ])(
    'growthSolutions reports $outcome for $name',
    ({ clusterId, scenario, outcome, dataset = PLAN_DATASET }) => {
      const result = project(dataset, scenario);
      const solution = solutionOf(result, clusterId);
      const { min, max } = leverSpec('growthRate');
      expect(solution.outcome).toBe(outcome);
      expect(solution.capacityAtTarget).toBeCloseTo(clusterOf(result, clusterId).years.at(-1)!.capacity, 9);
      const target = targetOf(result, clusterId).target;
      if (outcome === 'landBinds') {
        expect(solution.growthRate).toBeNull();
        expect(solution.capacityAtTarget).toBeLessThan(target);
        expect(projectAtSolvedGrowth(scenario, clusterId, max, dataset).projected).toBeLessThan(target);
      } else if (outcome === 'beyondRange') {
        expect(solution.growthRate).toBeNull();
        expect(solution.capacityAtTarget).toBeGreaterThanOrEqual(target);
        expect(projectAtSolvedGrowth(scenario, clusterId, max, dataset).projected).toBeLessThan(target);
      } else {
        expect(solution.growthRate).toBe(min);
        expect(projectAtSolvedGrowth(scenario, clusterId, min, dataset).attainment).toBeGreaterThanOrEqual(1);
      }
    },
  );

  test('a negative solved rate means the target is reached by investment alone', () => {
    // New materials under the dataset's estimates is capped by land, with more potential than 250.
    const result = project(PLAN_DATASET, withCluster('newMaterials', AMPLE_LAND));
    const solution = solutionOf(result, 'newMaterials');
    expect(solution.outcome).toBe('reachable');
    expect(solution.growthRate!).toBeLessThan(0);
  });

  test('growthSolutions reports land capacity in the target year as the projection computes it', () => {
    const result = project(PLAN_DATASET, DEFAULT_SCENARIO);
    for (const solution of result.growthSolutions) {
      expect(solution.capacityAtTarget, solution.clusterId).toBe(
        clusterOf(result, solution.clusterId).years.at(-1)!.capacity,
      );
    }
  });
});
