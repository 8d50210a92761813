import fc from 'fast-check';
import { linkSettings, referenceId } from './shape-arbitraries';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { LEVERS, OTHER_INDUSTRY_GROWTH, THRESHOLD_RANGE, type LeverSpec } from '../../src/data/levers';
import { CLUSTER_IDS, type ClusterId } from '../../src/data/plan-types';
import { project } from '../../src/engine';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { validateScenario } from '../../src/scenario/schema';
import type { ClusterAssumptions, ProjectSetting, Scenario } from '../../src/scenario/scenario';
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
  reference: referenceId,
  links: linkSettings,
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
      otherIndustryIn600: fc.integer({ min: 0, max: 1 }),
    },
    { requiredKeys: [] },
  ),
  thresholds,
});

const clusterId = fc.constantFrom(...CLUSTER_IDS);
/** Target years from 2018 to 2030: the horizon is data. */
const targetYear = fc.integer({ min: 2018, max: 2030 });

/** A plan project with random settings, switched on. */
const projectSetting: fc.Arbitrary<ProjectSetting> = fc.record({
  id: fc.constantFrom(...PLAN_DATASET.keyProjects!.map((p) => p.id)),
  enabled: fc.constant(true),
  startYear: fc.integer({ min: 2018, max: 2023 }),
  rampUpShare: fc.double({ min: 0, max: 1, noNaN: true }),
  annualOutput: fc.double({ min: 0, max: 500, noNaN: true }),
  landKm2: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })),
});

/** Years of a result with the figures of every cluster, for comparisons across results. */
const TOLERANCE = 1e-9;

describe('engine properties', () => {
  test('generated scenarios are valid for the engine', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        expect(validateScenario(scenario, PLAN_DATASET)).toEqual([]);
      }),
      RUNS,
    );
  });

  test('output is the potential capped by the capacity of the land the cluster may use, and never above either', () => {
    fc.assert(
      fc.property(validScenario, targetYear, (scenario, year) => {
        const result = project(datasetWithHorizon(year), scenario);
        for (const cluster of result.clusters) {
          for (const row of cluster.years.slice(1)) {
            expect(row.output).toBeLessThanOrEqual(row.potential * (1 + TOLERANCE) + TOLERANCE);
            expect(row.output).toBeLessThanOrEqual(row.capacity * (1 + TOLERANCE) + TOLERANCE);
            if (!row.landBinds) expect(row.output).toBeCloseTo(row.potential, 9);
          }
          const firstBinding = cluster.years.find((row) => row.landBinds);
          expect(cluster.landBindsFrom).toBe(firstBinding === undefined ? null : firstBinding.year);
        }
      }),
      RUNS,
    );
  });

  test('no pool produces on more land than its area; no cluster on less than its 2017 land', () => {
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
        for (const cluster of result.clusters) {
          const base = cluster.years[0]!.producingLand;
          for (const row of cluster.years)
            expect(row.producingLand).toBeGreaterThanOrEqual(base * (1 - 1e-14));
        }
      }),
      RUNS,
    );
  });

  test('2017 never moves with a lever: every base-year figure is the plan’s, whatever the scenario', () => {
    const reference = project(PLAN_DATASET, referenceScenario(PLAN_DATASET, 'planPath'));
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const same = { ...scenario, conflictChoices: {} };
        const result = project(PLAN_DATASET, same);
        result.clusters.forEach((cluster, c) => {
          expect(cluster.years[0]).toEqual(reference.clusters[c]!.years[0]);
        });
        expect(result.zone[0]).toEqual(reference.zone[0]);
      }),
      RUNS,
    );
  });

  test('changing a land intensity never moves 2017 and moves land before output', () => {
    fc.assert(
      fc.property(
        validScenario,
        clusterId,
        fc.double({ min: 1, max: 500, noNaN: true }),
        (scenario, id, intensity) => {
          const before = project(PLAN_DATASET, scenario);
          const after = project(PLAN_DATASET, withCluster(id, { landIntensity: intensity }, scenario));
          expect(clusterOf(after, id).years[0]).toEqual(clusterOf(before, id).years[0]);
          expect(after.zone[0]).toEqual(before.zone[0]);
        },
      ),
      RUNS,
    );
  });

  test('switching any project on never raises its cluster by more than the project’s own output, in any year', () => {
    fc.assert(
      fc.property(validScenario, projectSetting, (scenario, setting) => {
        const off = { ...scenario, projects: [] };
        const on = { ...scenario, projects: [setting] };
        const a = project(PLAN_DATASET, off);
        const b = project(PLAN_DATASET, on);
        const data = PLAN_DATASET.keyProjects!.find((p) => p.id === setting.id)!;
        const id = data.clusterId;
        const g = scenario.clusters[id].growthRate;
        const counted =
          setting.annualOutput! + (scenario.links.agriSupply.enabled ? (data.supplyOutput?.value ?? 0) : 0);
        const start = setting.startYear! - 2017;
        for (let t = 1; t < a.years.length; t++) {
          const own =
            t < start
              ? 0
              : t === start
                ? setting.rampUpShare! * counted
                : counted * (1 + g) ** (t - start - 1);
          const raised = clusterOf(b, id).years[t]!.output - clusterOf(a, id).years[t]!.output;
          expect(raised).toBeLessThanOrEqual(
            own + TOLERANCE * Math.max(1, own, clusterOf(b, id).years[t]!.output),
          );
        }
        // Off again by the same amount: switching it off gives back the projection without it.
        expect(project(PLAN_DATASET, { ...on, projects: [{ ...setting, enabled: false }] }).clusters).toEqual(
          a.clusters,
        );
      }),
      RUNS,
    );
  });

  test('more organic growth never gives less target-year output, all else equal', () => {
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
          expect(fast.years.at(-1)!.output).toBeGreaterThanOrEqual(slow.years.at(-1)!.output * (1 - 1e-12));
        },
      ),
      RUNS,
    );
  });

  test('with no growth and no investment a cluster stays at its base where its land allows', () => {
    fc.assert(
      fc.property(validScenario, clusterId, targetYear, (scenario, id, year) => {
        const flat = withCluster(
          id,
          { growthRate: 0, investmentPerYear: 0, baseYearInvestment: 0, landIntensity: 500 },
          {
            ...scenario,
            projects: [],
            links: { ...scenario.links, producerServices: { enabled: false, share: 0 } },
          },
        );
        const cluster = clusterOf(project(datasetWithHorizon(year), flat), id);
        expect(cluster.landBindsFrom).toBeNull();
        for (const row of cluster.years) expect(row.output).toBeCloseTo(cluster.years[0]!.output, 9);
      }),
      RUNS,
    );
  });

  test('yields no NaN, Infinity or negative figure anywhere in the result', () => {
    fc.assert(
      fc.property(validScenario, targetYear, (scenario, year) => {
        const result = project(datasetWithHorizon(year), scenario);
        const numbers = numbersIn(result).filter((n) => !/cagr|Cagr|growthRate|gap/.test(n.path));
        expect(numbers.filter((n) => !Number.isFinite(n.value))).toEqual([]);
        expect(numbers.filter((n) => n.value < -1e-9)).toEqual([]);
      }),
      RUNS,
    );
  });

  test('each zone total is the sum of its parts, under either reading of the 600', () => {
    fc.assert(
      fc.property(validScenario, targetYear, (scenario, year) => {
        const result = project(datasetWithHorizon(year), scenario);
        const industrial = result.clusters.filter((c) => c.measure === 'industrialOutput');
        expect(industrial).toHaveLength(4);
        result.zone.forEach((zoneYear, t) => {
          const clusters = industrial.reduce((sum, c) => sum + c.years[t]!.output, 0);
          const all = clusters + zoneYear.otherIndustry;
          expect(Math.abs(zoneYear.totalIndustrialOutput - all)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, all),
          );
          const measured = zoneYear.otherIndustryInTarget ? all : clusters;
          expect(Math.abs(zoneYear.industrialOutput - measured)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, all),
          );
          expect(zoneYear.serviceRevenue).toBe(clusterOf(result, 'modernServices').years[t]!.output);
          if (zoneYear.industrialLand > 0) {
            expect(zoneYear.outputIntensity).toBeCloseTo(
              zoneYear.industrialOutput / zoneYear.industrialLand,
              9,
            );
          } else {
            expect(zoneYear.outputIntensity).toBeNull();
          }
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
      }),
      RUNS,
    );
  });
});

describe('no inert lever', () => {
  const planPath = referenceScenario(PLAN_DATASET, 'planPath');
  /** Every number of a projection, to tell whether anything moved. */
  const fingerprint = (scenario: Scenario) => JSON.stringify(project(PLAN_DATASET, scenario));

  test.each(CLUSTER_IDS.flatMap((id) => LEVERS.map((lever) => ({ id, lever: lever.id }))))(
    '$id.$lever moves some figure of the result from the plan path',
    ({ id, lever }) => {
      const spec = LEVERS.find((l) => l.id === lever)!;
      const value = planPath.clusters[id][lever];
      const moved = [spec.min, spec.max, (spec.min + spec.max) / 2].filter((v) => v !== value);
      const changed = moved.some(
        (v) => fingerprint(withCluster(id, { [lever]: v }, planPath)) !== fingerprint(planPath),
      );
      expect(changed).toBe(true);
    },
  );

  test('other industry’s growth, both links, the producer-services share and every model reading move some figure', () => {
    const base = fingerprint(planPath);
    expect(fingerprint({ ...planPath, otherIndustryGrowth: 0.2 })).not.toBe(base);
    expect(
      fingerprint({
        ...planPath,
        links: { ...planPath.links, producerServices: { enabled: false, share: 0.05 } },
      }),
    ).not.toBe(base);
    expect(
      fingerprint({
        ...planPath,
        links: { ...planPath.links, producerServices: { enabled: true, share: 0.2 } },
      }),
    ).not.toBe(base);
    const withBase = { ...planPath, projects: [{ id: 'sericulture', enabled: true }] };
    expect(
      fingerprint({ ...withBase, links: { ...withBase.links, agriSupply: { enabled: false } } }),
    ).not.toBe(fingerprint(withBase));
    for (const reading of ['newMaterialsTarget', 'industrialOutput2017', 'otherIndustryIn600']) {
      expect(fingerprint({ ...planPath, conflictChoices: { [reading]: 1 } }), reading).not.toBe(base);
    }
  });
});
