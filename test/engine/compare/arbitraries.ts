/**
 * fast-check arbitraries of the comparison tests: valid scenarios, and pairs of scenarios that differ
 * in a few lever groups only (the usual case when planners compare variants of one plan).
 */
import fc from 'fast-check';
import { linkSettings, referenceId } from '../shape-arbitraries';
import { LEVERS, OTHER_INDUSTRY_GROWTH, type LeverSpec } from '../../../src/data/levers';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { CLUSTER_IDS, type ClusterId } from '../../../src/data/plan-types';
import { LEVER_GROUPS, LEVER_GROUP_IDS } from '../../../src/engine/compare';
import type { ClusterAssumptions, Scenario } from '../../../src/scenario/scenario';
import { DEFAULT_SCENARIO } from '../scenario-fixtures';

/** Fixed seed: every run checks the same cases. */
export const RUNS = { seed: 20_200_601, numRuns: 150 } as const;

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

/** Valid scenarios without uncertainty, any reading of the two conflicts the model uses. */
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
  thresholds: fc.constant({ onTrack: 1, atRisk: 0.9 }),
});

/**
 * A scenario that takes, from `other`, the lever groups picked by `picks` (cluster × group flags),
 * and the rest from `base`.
 */
function mix(base: Scenario, other: Scenario, picks: readonly boolean[], zoneWide: boolean): Scenario {
  const clusters = structuredClone(base.clusters);
  CLUSTER_IDS.forEach((clusterId, c) => {
    LEVER_GROUP_IDS.forEach((group, g) => {
      if (!picks[c * LEVER_GROUP_IDS.length + g]) return;
      for (const lever of LEVER_GROUPS[group]) clusters[clusterId][lever] = other.clusters[clusterId][lever];
    });
  });
  return zoneWide
    ? {
        ...base,
        clusters,
        otherIndustryGrowth: other.otherIndustryGrowth,
        conflictChoices: other.conflictChoices,
      }
    : { ...base, clusters };
}

/** Two scenarios that differ in a few lever groups (and sometimes in the zone-wide assumptions). */
export const scenarioPair: fc.Arbitrary<[Scenario, Scenario]> = fc
  .tuple(
    fc.oneof(fc.constant(DEFAULT_SCENARIO), validScenario),
    validScenario,
    fc.array(
      fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
      {
        minLength: CLUSTER_IDS.length * 3,
        maxLength: CLUSTER_IDS.length * 3,
      },
    ),
    fc.boolean(),
  )
  .map(([base, other, picks, zoneWide]) => [base, mix(base, other, picks, zoneWide)]);
