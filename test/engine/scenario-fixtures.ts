/**
 * Scenarios and look-ups shared by the engine tests. Every scenario starts from the plan's default
 * scenario and changes only what a test names, so each test states its own assumptions.
 */
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { ClusterId, PlanDataset } from '../../src/data/plan-types';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import type { ClusterAssumptions, Scenario } from '../../src/scenario/scenario';
import type { ClusterProjection, ClusterYear, ProjectionResult, TargetResult } from '../../src/engine';

/** The dataset's estimates (no key project on): the base of most engine tests. */
export const DEFAULT_SCENARIO: Scenario = defaultScenario(PLAN_DATASET);

/**
 * The first release's default scenario, as it was (the reference `earlyEstimates`): growth 9 %, land
 * intensity 60 in 2020 — round figures some tests were written with.
 */
export const EARLY_ESTIMATES: Scenario = referenceScenario(PLAN_DATASET, 'earlyEstimates');

/** Levers that keep land from ever binding: fast development and very high land intensity. */
export const AMPLE_LAND: Partial<ClusterAssumptions> = {
  landPace: 3,
  landIntensity: 500,
};

/** Levers that switch investment off: the yearly investment and the base year's. */
export const NO_INVESTMENT: Partial<ClusterAssumptions> = { investmentPerYear: 0, baseYearInvestment: 0 };

/** No investment of the base year: only the yearly investment a test sets comes into production. */
export const NO_BASE_INVESTMENT: Partial<ClusterAssumptions> = { baseYearInvestment: 0 };

/** The default scenario with some of one cluster's levers changed. */
export function withCluster(
  clusterId: ClusterId,
  levers: Partial<ClusterAssumptions>,
  scenario: Scenario = DEFAULT_SCENARIO,
): Scenario {
  return {
    ...scenario,
    clusters: { ...scenario.clusters, [clusterId]: { ...scenario.clusters[clusterId], ...levers } },
  };
}

/** The default scenario with some top-level fields changed. */
export function withScenario(changes: Partial<Scenario>, scenario: Scenario = DEFAULT_SCENARIO): Scenario {
  return { ...scenario, ...changes };
}

/** A copy of the plan dataset with another horizon. */
export function datasetWithHorizon(targetYear: number, baseYear = 2017): PlanDataset {
  return { ...PLAN_DATASET, horizon: { baseYear, targetYear } };
}

/** A cluster's projection. */
export function clusterOf(result: ProjectionResult, clusterId: ClusterId): ClusterProjection {
  const cluster = result.clusters.find((c) => c.id === clusterId);
  if (cluster === undefined) throw new Error(`no cluster ${clusterId} in the result`);
  return cluster;
}

/** A cluster in one year. */
export function clusterYear(result: ProjectionResult, clusterId: ClusterId, year: number): ClusterYear {
  const row = clusterOf(result, clusterId).years.find((y) => y.year === year);
  if (row === undefined) throw new Error(`no year ${year} for ${clusterId}`);
  return row;
}

/** A cluster's output in every year, base year first. */
export function outputs(result: ProjectionResult, clusterId: ClusterId): number[] {
  return clusterOf(result, clusterId).years.map((y) => y.output);
}

/** One target's result. */
export function targetOf(result: ProjectionResult, id: string): TargetResult {
  const target = result.targets.find((t) => t.id === id);
  if (target === undefined) throw new Error(`no target ${id} in the result`);
  return target;
}

/** Every number in a value, with its path, walking objects and arrays. */
export function numbersIn(value: unknown, path = ''): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbersIn(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, path ? `${path}.${key}` : key));
  }
  return [];
}
