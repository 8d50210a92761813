import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { leverSpec } from '../../../src/data/levers';
import { referenceScenario } from '../../../src/engine/reference-scenarios';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { CLUSTER_IDS } from '../../../src/data/plan-types';
import { project } from '../../../src/engine';
import type { Scenario } from '../../../src/scenario/scenario';
import {
  GOAL_SEEK_LEVERS,
  goalSeek,
  solveUniformGrowth,
  type GoalSeekRequest,
} from '../../../src/engine/uncertainty';
import { DEFAULT_SCENARIO, targetOf, withCluster } from '../scenario-fixtures';
import { RUNS, validScenario } from './arbitraries';

const request = fc.oneof(
  fc
    .record({
      clusterId: fc.constantFrom(...CLUSTER_IDS),
      leverId: fc.constantFrom(...GOAL_SEEK_LEVERS),
    })
    .map((r): GoalSeekRequest => ({ ...r, targetId: r.clusterId })),
  fc
    .record({
      clusterId: fc.constantFrom(...CLUSTER_IDS),
      leverId: fc.constantFrom(...GOAL_SEEK_LEVERS),
    })
    .map((r): GoalSeekRequest => ({ ...r, targetId: 'industrialOutput' })),
);

const applied = (scenario: Scenario, r: GoalSeekRequest, value: number) =>
  withCluster(r.clusterId, { [r.leverId]: value }, scenario);

/** The first release's default, under today's model: agriculture capped by Qianzhou at 60 亿元/km². */
const EARLY = referenceScenario(PLAN_DATASET, 'earlyEstimates');

describe('goalSeek()', () => {
  test('every answer with a value reproduces the target when projected; every other one is explained', () => {
    fc.assert(
      fc.property(validScenario, request, (scenario, r) => {
        const answer = goalSeek(PLAN_DATASET, scenario, r);
        const now = targetOf(project(PLAN_DATASET, scenario), r.targetId);
        expect(answer.projectedNow).toBe(now.projected);
        expect(answer.target).toBe(now.target);
        if (answer.outcome === 'reachable' || answer.outcome === 'metAtMinimum') {
          const value = answer.value!;
          expect(value).toBeGreaterThanOrEqual(answer.min);
          expect(value).toBeLessThanOrEqual(answer.max);
          const reached = targetOf(project(PLAN_DATASET, applied(scenario, r, value)), r.targetId);
          expect(reached.projected).toBe(answer.projectedAtValue);
          expect(reached.projected).toBeGreaterThanOrEqual(reached.target);
          expect(reached.gap).toBeLessThanOrEqual(0);
          if (answer.outcome === 'reachable') {
            // The smallest such value: the next double below misses.
            const below = value - Math.max(Number.EPSILON * Math.abs(value), Number.MIN_VALUE) * 4;
            if (below > answer.min) {
              const missed = targetOf(project(PLAN_DATASET, applied(scenario, r, below)), r.targetId);
              expect(missed.projected).toBeLessThanOrEqual(reached.projected);
            }
            expect(reached.projected - reached.target).toBeLessThan(1e-6 * Math.max(1, reached.target));
          }
        } else {
          expect(answer.value).toBeNull();
          const atMax = targetOf(project(PLAN_DATASET, applied(scenario, r, answer.max)), r.targetId);
          expect(atMax.projected).toBe(answer.projectedAtMax);
          expect(atMax.projected).toBeLessThan(atMax.target);
          expect(['landBinds', 'beyondRange', 'noEffect']).toContain(answer.outcome);
          const moved = project(PLAN_DATASET, applied(scenario, r, answer.max)).clusters.find(
            (c) => c.id === r.clusterId,
          )!;
          const lastYear = moved.years.at(-1)!;
          if (answer.outcome === 'landBinds') expect(lastYear.landBinds).toBe(true);
          if (answer.outcome === 'beyondRange') expect(lastYear.landBinds).toBe(false);
        }
      }),
      RUNS,
    );
  });

  test("agrees with project()'s growth solve on every cluster of the plan's scenario", () => {
    const projection = project(PLAN_DATASET, DEFAULT_SCENARIO);
    for (const solution of projection.growthSolutions) {
      const answer = goalSeek(PLAN_DATASET, DEFAULT_SCENARIO, {
        targetId: solution.clusterId,
        clusterId: solution.clusterId,
        leverId: 'growthRate',
      });
      expect(answer.outcome).toBe(solution.outcome);
      if (solution.growthRate !== null) expect(answer.value).toBeCloseTo(solution.growthRate, 12);
    }
  });

  test.each([
    ['agriProcessing', 'growthRate', 'landBinds'],
    ['agriProcessing', 'investmentPerYear', 'landBinds'],
    ['newMaterials', 'growthRate', 'reachable'],
    ['newMaterials', 'investmentPerYear', 'reachable'],
    ['medicineHealth', 'landIntensity', 'beyondRange'],
  ] as const)(
    'the %s target of the early estimates (agriculture at 60 亿元/km²) with %s: %s',
    (clusterId, leverId, outcome) => {
      const answer = goalSeek(PLAN_DATASET, referenceScenario(PLAN_DATASET, 'earlyEstimates'), {
        targetId: clusterId,
        clusterId,
        leverId,
      });
      expect(answer.outcome).toBe(outcome);
    },
  );

  test('services growth has no effect on zone industrial output', () => {
    const answer = goalSeek(PLAN_DATASET, DEFAULT_SCENARIO, {
      targetId: 'industrialOutput',
      clusterId: 'modernServices',
      leverId: 'growthRate',
    });
    expect(answer.outcome).toBe('noEffect');
  });

  test('an answer beyond the plausible range is flagged with it; one within is not', () => {
    const medicine = goalSeek(PLAN_DATASET, EARLY, {
      targetId: 'medicineHealth',
      clusterId: 'medicineHealth',
      leverId: 'growthRate',
    });
    expect(medicine.outcome).toBe('reachable');
    expect(medicine.value!).toBeGreaterThan(0.148);
    expect(medicine.implausible).toBe(true);
    expect(medicine.plausibleMax).toBe(0.148);
    const services = goalSeek(PLAN_DATASET, referenceScenario(PLAN_DATASET, 'planPath'), {
      targetId: 'modernServices',
      clusterId: 'modernServices',
      leverId: 'growthRate',
    });
    expect(services.outcome).toBe('reachable');
    expect(services.value!).toBeCloseTo(0.05, 9);
    expect(services.implausible).toBe(false);
  });

  test('a target already met at the lever minimum says so', () => {
    const scenario = withCluster('newMaterials', { landIntensity: 500, landPace: 3, investmentPerYear: 300 });
    const answer = goalSeek(PLAN_DATASET, scenario, {
      targetId: 'newMaterials',
      clusterId: 'newMaterials',
      leverId: 'growthRate',
    });
    expect(answer.outcome).toBe('metAtMinimum');
    expect(answer.value).toBe(-0.5);
  });

  test("refuses a cluster target paired with another cluster's lever", () => {
    expect(() =>
      goalSeek(PLAN_DATASET, DEFAULT_SCENARIO, {
        targetId: 'newMaterials',
        clusterId: 'medicineHealth',
        leverId: 'growthRate',
      }),
    ).toThrow(RangeError);
  });
});

describe('solveUniformGrowth()', () => {
  test('on the early estimates: one change reaches four targets; agricultural processing is blocked by land', () => {
    const solution = solveUniformGrowth(PLAN_DATASET, EARLY);
    expect(solution.outcome).toBe('reachable');
    expect(solution.blocked.map((b) => b.clusterId)).toEqual(['agriProcessing']);
    expect(solution.blocked[0]!.outcome).toBe('landBinds');
    expect(solution.limitingClusterId).toBe('medicineHealth');
    const applied = structuredClone(EARLY);
    for (const id of CLUSTER_IDS) applied.clusters[id].growthRate = solution.growthRates![id];
    const result = project(PLAN_DATASET, applied);
    for (const id of CLUSTER_IDS.filter((id) => id !== 'agriProcessing')) {
      expect(targetOf(result, id).gap, id).toBeLessThanOrEqual(0);
    }
    // Medicine needs far more organic growth than the zone's history shows: the answer is flagged.
    expect(solution.implausible).toContain('medicineHealth');
    // The smallest change: a little less misses the limiting cluster's target.
    const less = structuredClone(EARLY);
    for (const id of CLUSTER_IDS) less.clusters[id].growthRate += solution.delta! - 1e-9;
    expect(targetOf(project(PLAN_DATASET, less), 'medicineHealth').gap).toBeGreaterThan(0);
  });

  test('every answer reaches every unblocked cluster target when applied, on random scenarios', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const solution = solveUniformGrowth(PLAN_DATASET, scenario);
        if (solution.growthRates === null) {
          expect(['beyondRange', 'noneReachable']).toContain(solution.outcome);
          return;
        }
        const applied = structuredClone(scenario);
        for (const id of CLUSTER_IDS) {
          applied.clusters[id].growthRate = solution.growthRates[id];
          expect(solution.growthRates[id]).toBeGreaterThanOrEqual(leverSpec('growthRate').min);
          expect(solution.growthRates[id]).toBeLessThanOrEqual(leverSpec('growthRate').max);
        }
        const result = project(PLAN_DATASET, applied);
        const blocked = new Set(solution.blocked.map((b) => b.clusterId));
        for (const id of CLUSTER_IDS.filter((id) => !blocked.has(id))) {
          expect(targetOf(result, id).gap, id).toBeLessThanOrEqual(0);
        }
      }),
      { ...RUNS, numRuns: 150 },
    );
  });
});
