import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { LEVERS, OTHER_INDUSTRY_GROWTH, THRESHOLD_RANGE, type LeverSpec } from '../../src/data/levers';
import { CLUSTER_IDS, type ClusterId } from '../../src/data/plan-types';
import { project } from '../../src/engine';
import { validateScenario } from '../../src/scenario/schema';
import type { ClusterAssumptions, Scenario } from '../../src/scenario/scenario';
import { clusterOf, datasetWithHorizon, numbersIn, targetOf, withCluster } from './scenario-fixtures';

/** Fixed seed and run count: every run checks the same 500 scenarios. */
const RUNS = { seed: 42, numRuns: 500 } as const;

/** A value within one lever's range, whole where the lever is. */
function leverValue(spec: Pick<LeverSpec, 'min' | 'max' | 'integer'>): fc.Arbitrary<number> {
  return spec.integer
    ? fc.integer({ min: spec.min, max: spec.max })
    : fc.double({ min: spec.min, max: spec.max, noNaN: true });
}

const clusterAssumptions: fc.Arbitrary<ClusterAssumptions> = fc.record(
  Object.fromEntries(LEVERS.map((lever) => [lever.id, leverValue(lever)])) as Record<
    keyof ClusterAssumptions,
    fc.Arbitrary<number>
  >,
);

const thresholds = fc
  .double({ min: THRESHOLD_RANGE.min, max: THRESHOLD_RANGE.max, noNaN: true })
  .chain((onTrack) =>
    fc.record({
      onTrack: fc.constant(onTrack),
      atRisk: fc.double({ min: THRESHOLD_RANGE.min, max: onTrack, noNaN: true }),
    }),
  );

/** Valid scenarios: every lever within its LEVERS range, lag whole, any reading of the model's conflicts. */
const validScenario: fc.Arbitrary<Scenario> = fc.record({
  datasetVersion: fc.constant(PLAN_DATASET.version),
  clusters: fc.record(
    Object.fromEntries(CLUSTER_IDS.map((id) => [id, clusterAssumptions])) as Record<
      ClusterId,
      fc.Arbitrary<ClusterAssumptions>
    >,
  ),
  otherIndustryGrowth: leverValue(OTHER_INDUSTRY_GROWTH),
  conflictChoices: fc.record(
    {
      newMaterialsTarget: fc.integer({ min: 0, max: 1 }),
      industrialOutput2017: fc.integer({ min: 0, max: 1 }),
    },
    { requiredKeys: [] },
  ),
  thresholds,
});

const clusterId = fc.constantFrom(...CLUSTER_IDS);
/** Target years from 2018 to 2030: the horizon is data. */
const targetYear = fc.integer({ min: 2018, max: 2030 });

describe('engine properties', () => {
  test('generated scenarios are valid for the engine', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        expect(validateScenario(scenario, PLAN_DATASET)).toEqual([]);
      }),
      RUNS,
    );
  });

  test('project() never puts output above land capacity in any projected year', () => {
    fc.assert(
      fc.property(validScenario, targetYear, (scenario, year) => {
        const result = project(datasetWithHorizon(year), scenario);
        for (const cluster of result.clusters) {
          for (const row of cluster.years.slice(1)) {
            expect(row.output).toBeLessThanOrEqual(row.capacity);
            expect(row.output).toBe(Math.min(row.potential, row.capacity));
            expect(row.landBinds).toBe(row.potential > row.capacity);
          }
          const firstBinding = cluster.years.find((row) => row.landBinds);
          expect(cluster.landBindsFrom).toBe(firstBinding === undefined ? null : firstBinding.year);
        }
      }),
      RUNS,
    );
  });

  test('project() never develops more land in a pool of parks than its area', () => {
    fc.assert(
      fc.property(validScenario, targetYear, (scenario, year) => {
        const result = project(datasetWithHorizon(year), scenario);
        result.landPools.forEach((pool) => {
          pool.years.forEach((poolYear, t) => {
            if (t > 0) expect(poolYear.producingLand).toBeLessThanOrEqual(pool.areaKm2 * (1 + 1e-12));
            const clusterLand = pool.clusterIds.reduce(
              (sum, id) => sum + clusterOf(result, id).years[t]!.producingLand,
              0,
            );
            expect(clusterLand).toBeCloseTo(poolYear.producingLand, 9);
          });
        });
      }),
      RUNS,
    );
  });

  test("project() never takes producing land away: each cluster keeps at least last year's land", () => {
    fc.assert(
      fc.property(validScenario, targetYear, (scenario, year) => {
        const result = project(datasetWithHorizon(year), scenario);
        for (const cluster of result.clusters) {
          cluster.years.slice(1).forEach((row, i) => {
            // allow one rounding step where a pool fills up
            expect(row.producingLand).toBeGreaterThanOrEqual(cluster.years[i]!.producingLand * (1 - 1e-14));
          });
        }
      }),
      RUNS,
    );
  });

  test('project() never gives less target-year output for more growth, all else equal', () => {
    fc.assert(
      fc.property(
        validScenario,
        clusterId,
        leverValue(LEVERS[0]!),
        leverValue(LEVERS[0]!),
        (scenario, id, g1, g2) => {
          const [low, high] = g1 <= g2 ? [g1, g2] : [g2, g1];
          const slow = clusterOf(project(PLAN_DATASET, withCluster(id, { growthRate: low }, scenario)), id);
          const fast = clusterOf(project(PLAN_DATASET, withCluster(id, { growthRate: high }, scenario)), id);
          expect(fast.years.at(-1)!.output).toBeGreaterThanOrEqual(slow.years.at(-1)!.output);
        },
      ),
      RUNS,
    );
  });

  test('project() keeps output at the base with zero growth and no investment, falling only to land capacity', () => {
    fc.assert(
      fc.property(validScenario, clusterId, targetYear, (scenario, id, year) => {
        const flat = withCluster(
          id,
          { growthRate: 0, investmentPerYear: 0, baseYearInvestment: 0 },
          scenario,
        );
        const cluster = clusterOf(project(datasetWithHorizon(year), flat), id);
        const base = cluster.years[0]!.output;
        let lowestCapacity = Number.POSITIVE_INFINITY;
        for (const row of cluster.years.slice(1)) {
          lowestCapacity = Math.min(lowestCapacity, row.capacity);
          expect(row.output).toBe(Math.min(base, lowestCapacity));
        }
        if (cluster.landBindsFrom === null) {
          for (const row of cluster.years) expect(row.output).toBe(base);
        }
      }),
      RUNS,
    );
  });

  test('project() keeps output exactly flat with zero growth and no investment when land does not bind', () => {
    fc.assert(
      fc.property(validScenario, clusterId, targetYear, (scenario, id, year) => {
        // 500 亿元/km² with non-negative intensity growth leaves every cluster room for its base output.
        const a = scenario.clusters[id];
        const flat = withCluster(
          id,
          {
            growthRate: 0,
            investmentPerYear: 0,
            baseYearInvestment: 0,
            landIntensity: 500,
            intensityGrowth: Math.max(0, a.intensityGrowth),
          },
          scenario,
        );
        const cluster = clusterOf(project(datasetWithHorizon(year), flat), id);
        expect(cluster.landBindsFrom).toBeNull();
        for (const row of cluster.years) expect(row.output).toBe(cluster.years[0]!.output);
      }),
      RUNS,
    );
  });

  test('project() yields no NaN or Infinity anywhere in the result', () => {
    fc.assert(
      fc.property(validScenario, targetYear, (scenario, year) => {
        const result = project(datasetWithHorizon(year), scenario);
        const bad = numbersIn(result).filter((n) => !Number.isFinite(n.value));
        expect(bad).toEqual([]);
      }),
      RUNS,
    );
  });

  test('project() makes each zone total the sum of its parts', () => {
    fc.assert(
      fc.property(validScenario, targetYear, (scenario, year) => {
        const result = project(datasetWithHorizon(year), scenario);
        const industrial = result.clusters.filter((c) => c.measure === 'industrialOutput');
        expect(industrial).toHaveLength(4);
        result.zone.forEach((zoneYear, t) => {
          const parts = industrial.reduce((sum, c) => sum + c.years[t]!.output, zoneYear.otherIndustry);
          expect(Math.abs(zoneYear.industrialOutput - parts)).toBeLessThanOrEqual(1e-12 * Math.max(1, parts));
          expect(zoneYear.serviceRevenue).toBe(clusterOf(result, 'modernServices').years[t]!.output);
          const land = industrial.reduce((sum, c) => sum + c.years[t]!.producingLand, 0);
          expect(zoneYear.industrialLand).toBeGreaterThan(land);
          expect(zoneYear.outputIntensity).toBeCloseTo(
            zoneYear.industrialOutput / zoneYear.industrialLand,
            9,
          );
        });
        expect(targetOf(result, 'industrialOutput').projected).toBe(result.zone.at(-1)!.industrialOutput);
      }),
      RUNS,
    );
  });

  test('growthSolutions: the solved growth rate reproduces the target, and the outcomes say why not', () => {
    fc.assert(
      fc.property(validScenario, clusterId, (scenario, id) => {
        const result = project(PLAN_DATASET, scenario);
        const solution = result.growthSolutions.find((s) => s.clusterId === id)!;
        const target = targetOf(result, id).target;
        if (solution.outcome === 'reachable' || solution.outcome === 'metAtMinimum') {
          const row = targetOf(
            project(PLAN_DATASET, withCluster(id, { growthRate: solution.growthRate! }, scenario)),
            id,
          );
          expect(row.attainment).toBeGreaterThanOrEqual(1 - 1e-9);
          if (solution.outcome === 'reachable')
            expect(Math.abs(row.projected - row.target)).toBeLessThanOrEqual(1e-6);
        } else {
          expect(solution.growthRate).toBeNull();
          const atMax = targetOf(
            project(PLAN_DATASET, withCluster(id, { growthRate: LEVERS[0]!.max }, scenario)),
            id,
          );
          expect(atMax.projected).toBeLessThan(target);
          if (solution.outcome === 'landBinds') expect(solution.capacityAtTarget).toBeLessThan(target);
          else expect(solution.capacityAtTarget).toBeGreaterThanOrEqual(target);
        }
        expect(solution.capacityAtTarget).toBe(clusterOf(result, id).years.at(-1)!.capacity);
      }),
      RUNS,
    );
  });
});
