/**
 * fast-check arbitraries shared by the uncertainty tests: valid scenarios (every lever in range, any
 * reading of the conflicts the model uses), and valid ranges around a scenario's own values.
 */
import fc from 'fast-check';
import { linkSettings, referenceId } from '../shape-arbitraries';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { LEVERS, OTHER_INDUSTRY_GROWTH, THRESHOLD_RANGE, type LeverSpec } from '../../../src/data/levers';
import { CLUSTER_IDS, type ClusterId } from '../../../src/data/plan-types';
import type {
  AssumptionRange,
  ClusterAssumptions,
  ProjectSetting,
  RangeDistribution,
  Scenario,
  ScenarioUncertainty,
} from '../../../src/scenario/scenario';

/** Fixed seed: every run checks the same cases. */
export const RUNS = { seed: 20_200_101, numRuns: 300 } as const;

/** A value within one lever's range, whole where the lever is. */
export function leverValue(spec: Pick<LeverSpec, 'min' | 'max' | 'integer'>): fc.Arbitrary<number> {
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

/** Valid scenarios without uncertainty. */
export const validScenario: fc.Arbitrary<Scenario> = fc.record({
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

const distribution = fc.constantFrom<RangeDistribution>('triangular', 'normal', 'uniform');

/** A valid range around `value` within the lever's bounds. */
export function rangeAround(
  value: number,
  spec: Pick<LeverSpec, 'min' | 'max' | 'integer'>,
): fc.Arbitrary<AssumptionRange> {
  if (spec.integer) {
    return fc.record({
      low: fc.integer({ min: spec.min, max: value }),
      high: fc.integer({ min: value, max: spec.max }),
      distribution,
    });
  }
  return fc.record({
    low: fc.double({ min: spec.min, max: value, noNaN: true }),
    high: fc.double({ min: value, max: spec.max, noNaN: true }),
    distribution,
  });
}

/** A valid scenario with ranges on a random subset of its assumptions. */
export const scenarioWithRanges: fc.Arbitrary<Scenario> = validScenario.chain((scenario) => {
  const clusterRanges = fc.record(
    Object.fromEntries(
      CLUSTER_IDS.map((id) => [
        id,
        fc.record(
          Object.fromEntries(
            LEVERS.map((lever) => [lever.id, rangeAround(scenario.clusters[id][lever.id], lever)]),
          ),
          { requiredKeys: [] },
        ),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<ScenarioUncertainty['clusters']>;
  return fc
    .record({
      clusters: clusterRanges,
      other: fc.option(rangeAround(scenario.otherIndustryGrowth, OTHER_INDUSTRY_GROWTH), { nil: undefined }),
      trials: fc.integer({ min: 1, max: 200 }),
      seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    })
    .map(({ clusters, other, trials, seed }) => {
      const uncertainty: ScenarioUncertainty = { clusters, trials, seed };
      if (other !== undefined) uncertainty.otherIndustryGrowth = other;
      return { ...scenario, uncertainty };
    });
});

/** Settings of some of the plan's key projects, switched on with random output, ramp-up, land and start. */
export const projectSettings: fc.Arbitrary<ProjectSetting[]> = fc
  .subarray([...(PLAN_DATASET.keyProjects ?? [])], { maxLength: 8 })
  .chain((projects) =>
    fc.tuple(
      ...projects.map((project) =>
        fc.record({
          id: fc.constant(project.id),
          enabled: fc.boolean(),
          startYear: fc.integer({
            min: PLAN_DATASET.horizon.baseYear + 1,
            max: PLAN_DATASET.horizon.targetYear + 3,
          }),
          rampUpShare: fc.double({ min: 0, max: 1, noNaN: true }),
          annualOutput: fc.double({ min: 0, max: 500, noNaN: true }),
          landKm2: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })),
        }),
      ),
    ),
  )
  .map((settings) => settings as ProjectSetting[]);
