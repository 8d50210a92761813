import { leverSpec } from '../../data/levers';
import { PLAUSIBLE_RANGES, implausible } from '../../data/plausibility';
import type { ClusterId, PlanDataset } from '../../data/plan-types';
import type { Scenario } from '../../scenario/scenario';
import { assertValidScenario } from '../validation';
import { targetFigureIndex, targetValue } from './target-figures';
import {
  clusterIndex,
  compileTrialModel,
  parameterIndex,
  parametersOf,
  projectTrial,
  type TrialModel,
} from './trial-model';

/** The levers a goal seek can move: each raises its cluster's output monotonically. */
export const GOAL_SEEK_LEVERS = ['growthRate', 'investmentPerYear', 'landIntensity'] as const;
/** A lever a goal seek can move. */
export type GoalSeekLever = (typeof GOAL_SEEK_LEVERS)[number];
/** A target a goal seek can aim at: a cluster's target or zone industrial output. */
export type GoalSeekTargetId = ClusterId | 'industrialOutput';

/** What to solve: the target, and which cluster's lever to move. */
export interface GoalSeekRequest {
  readonly targetId: GoalSeekTargetId;
  /** The cluster whose lever moves; for a cluster target, that cluster itself. */
  readonly clusterId: ClusterId;
  readonly leverId: GoalSeekLever;
}

/** Why a goal seek did or did not find a value. */
export type GoalSeekOutcome =
  /** A value within the lever's range reaches the target; it is the smallest such value. */
  | 'reachable'
  /** Even the lever's lowest allowed value reaches the target. */
  | 'metAtMinimum'
  /** At the lever's highest value the moved cluster's output is capped by its land in the target year. */
  | 'landBinds'
  /** At the lever's highest value the target is still missed, and land does not cap the cluster. */
  | 'beyondRange'
  /** The lever does not move the target at all (e.g. services growth and industrial output). */
  | 'noEffect'
  /** The target figure does not rise steadily with the lever, so bisection cannot be trusted. */
  | 'notMonotone';

/** The answer of a goal seek. Money in 亿元. */
export interface GoalSeekAnswer {
  readonly request: GoalSeekRequest;
  readonly outcome: GoalSeekOutcome;
  /** The lever value that reaches the target, model units; null unless reachable or metAtMinimum. */
  readonly value: number | null;
  /** The lever's value in the scenario, model units. */
  readonly current: number;
  /** The lever's allowed range, model units. */
  readonly min: number;
  readonly max: number;
  /** The target-year target and year. */
  readonly target: number;
  readonly year: number;
  /** The target-year figure now, and with the lever at `value` (null without a value). */
  readonly projectedNow: number;
  readonly projectedAtValue: number | null;
  /** The target-year figure with the lever at its highest allowed value. */
  readonly projectedAtMax: number;
  /** The moved cluster's land capacity and potential (output with land to spare) in the target year, with the lever at its highest value. */
  readonly capacityAtMax: number;
  readonly potentialAtMax: number;
  /**
   * Whether the answer lies beyond what is plausible for the lever (src/data/plausibility.ts): the
   * model allows it, but the zone's history or a stated judgement says it is hard to believe. The
   * view says so beside the value, with the bounds' basis.
   */
  readonly implausible: boolean;
  /** The plausible range of the lever, model units; null for a lever without one. */
  readonly plausibleMin: number | null;
  readonly plausibleMax: number | null;
}

/** Points at which a goal seek checks that the target figure rises with the lever. */
const MONOTONE_CHECKS = 16;
/** Most bisection steps: enough to reach adjacent doubles on any lever range. */
const MAX_BISECTION_STEPS = 2_000;

/** A function of one lever value computed through the trial kernel, all else fixed. */
function leverResponse(model: TrialModel, scenario: Scenario, request: GoalSeekRequest) {
  const params = parametersOf(model, scenario);
  const out = new Float64Array(model.outputLength);
  const index = parameterIndex(model, {
    kind: 'cluster',
    clusterId: request.clusterId,
    leverId: request.leverId,
  });
  const figure = targetFigureIndex(model, request.targetId);
  const c = clusterIndex(model, request.clusterId);
  const last = model.yearCount - 1;
  const cell = c * model.yearCount + last;
  return {
    current: params[index]!,
    /** The target figure with the lever at v. */
    at(v: number): number {
      params[index] = v;
      projectTrial(model, params, out);
      return out[figure]!;
    },
    /** Capacity and potential of the moved cluster in the last projection, target year. */
    landAtLast(): { capacity: number; potential: number } {
      return { capacity: out[model.layout.capacity + cell]!, potential: out[model.layout.potential + cell]! };
    },
  };
}

/**
 * Find the smallest value `v` in [lo, hi] with `reaches(v)`, given `reaches(hi)` and not `reaches(lo)`,
 * for a predicate that is false below some point and true above it. Bisects to adjacent doubles,
 * so the answer satisfies the predicate exactly.
 */
export function bisect(lo: number, hi: number, reaches: (v: number) => boolean): number {
  for (let step = 0; step < MAX_BISECTION_STEPS; step++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Goal seek: the lever value (growth rate, yearly investment or land intensity of one cluster)
 * that brings a target to its target-year target, everything else as in the scenario. Solved by
 * bisection on the lever's allowed range; each of the three levers raises its cluster's output
 * and never lowers any other figure, so the target figure never falls as the lever rises (checked
 * at {@link MONOTONE_CHECKS} points all the same). "Reaches" means figure ≥ target (gap ≤ 0), with
 * the exact arithmetic of `project()`, so projecting the answer reproduces it.
 * @throws ScenarioValidationError when the scenario is invalid; RangeError when a cluster target is
 *   paired with another cluster's lever.
 */
export function goalSeek(dataset: PlanDataset, scenario: Scenario, request: GoalSeekRequest): GoalSeekAnswer {
  assertValidScenario(scenario, dataset);
  if (request.targetId !== 'industrialOutput' && request.targetId !== request.clusterId) {
    throw new RangeError(
      `goal seek for the ${request.targetId} target moves ${request.clusterId}'s lever; use ${request.targetId}'s own lever.`,
    );
  }
  const model = compileTrialModel(dataset, scenario);
  const { min, max } = leverSpec(request.leverId);
  const target = targetValue(model, request.targetId);
  const response = leverResponse(model, scenario, request);
  const projectedNow = response.at(response.current);
  const atMin = response.at(min);
  const projectedAtMax = response.at(max);
  const land = response.landAtLast();
  const answer = {
    request,
    current: response.current,
    min,
    max,
    target,
    year: model.resolved.years[model.yearCount - 1]!,
    projectedNow,
    projectedAtMax,
    capacityAtMax: land.capacity,
    potentialAtMax: land.potential,
    plausibleMin: PLAUSIBLE_RANGES[request.leverId]?.min ?? null,
    plausibleMax: PLAUSIBLE_RANGES[request.leverId]?.max ?? null,
    implausible: false,
  };
  const none = { ...answer, value: null, projectedAtValue: null };
  // "Met at the minimum" is no claim about a value: it is never flagged.
  if (atMin >= target) return { ...answer, outcome: 'metAtMinimum', value: min, projectedAtValue: atMin };

  let previous = atMin;
  for (let i = 1; i <= MONOTONE_CHECKS; i++) {
    const value = response.at(min + ((max - min) * i) / MONOTONE_CHECKS);
    if (value < previous - 1e-9 * Math.max(1, Math.abs(previous))) return { ...none, outcome: 'notMonotone' };
    previous = value;
  }
  if (projectedAtMax < target) {
    if (projectedAtMax === atMin) return { ...none, outcome: 'noEffect' };
    return { ...none, outcome: land.potential > land.capacity ? 'landBinds' : 'beyondRange' };
  }
  const value = bisect(min, max, (v) => response.at(v) >= target);
  return {
    ...answer,
    outcome: 'reachable',
    value,
    projectedAtValue: response.at(value),
    implausible: implausible(request.leverId, value),
  };
}

/** A cluster the uniform growth change cannot bring to its target, and why. */
export interface BlockedCluster {
  readonly clusterId: ClusterId;
  /** landBinds, beyondRange or noEffect: the cluster's own growth goal seek outcome. */
  readonly outcome: Exclude<GoalSeekOutcome, 'reachable' | 'metAtMinimum'>;
  /** Its land capacity in the target year at the highest growth rate, 亿元. */
  readonly capacityAtMax: number;
  /** Its target-year output at the highest growth rate, and its target, 亿元. */
  readonly projectedAtMax: number;
  readonly target: number;
}

/** The answer of the multi-target solve. */
export interface UniformGrowthSolution {
  /**
   * reachable: the smallest uniform change reaching every reachable cluster target was found;
   * metAtMinimum: they are all met even with the lowest allowed change;
   * beyondRange: no uniform change within every cluster's growth range reaches them all;
   * noneReachable: no cluster target can be reached by growth at all.
   */
  readonly outcome: 'reachable' | 'metAtMinimum' | 'beyondRange' | 'noneReachable';
  /** The change added to every cluster's growth rate, fraction per year; null without an answer. */
  readonly delta: number | null;
  /** The resulting growth rate per cluster (exactly what to apply); null without an answer. */
  readonly growthRates: Readonly<Record<ClusterId, number>> | null;
  /** The cluster needing the largest change (it sets delta); null without an answer. */
  readonly limitingClusterId: ClusterId | null;
  /** Clusters no growth rate can bring to target; delta reaches all the others. */
  readonly blocked: readonly BlockedCluster[];
  /** The uniform changes that keep every cluster's growth within its allowed range. */
  readonly deltaMin: number;
  readonly deltaMax: number;
  /**
   * Clusters whose resulting growth rate lies beyond what is plausible (src/data/plausibility.ts),
   * in dataset order: the answer is the model's, and the view says it is hard to believe.
   */
  readonly implausible: readonly ClusterId[];
}

/**
 * The multi-target solve: the smallest change Δ (fraction per year, may be negative), added to
 * every cluster's growth rate alike, that brings every cluster to its target-year target at once,
 * everything else fixed. A cluster whose target no growth rate in range can reach (land binds, or
 * beyond the range) is reported in `blocked` and the others are solved. Each cluster's output
 * depends only on its own growth, and rises with it, so Δ is the largest of the clusters' own
 * required changes; it is found by bisection on Δ over the whole kernel so that applying
 * `growthRates` reproduces every target exactly.
 * @throws ScenarioValidationError when the scenario is invalid.
 */
export function solveUniformGrowth(dataset: PlanDataset, scenario: Scenario): UniformGrowthSolution {
  assertValidScenario(scenario, dataset);
  const model = compileTrialModel(dataset, scenario);
  const { min, max } = leverSpec('growthRate');
  const clusters = model.resolved.clusters;
  const current = clusters.map((c) => scenario.clusters[c.id].growthRate);
  const deltaMin = Math.max(...current.map((g) => min - g));
  const deltaMax = Math.min(...current.map((g) => max - g));
  const blocked: BlockedCluster[] = [];
  const solvable: number[] = [];
  let limiting: { clusterId: ClusterId; need: number } | null = null;
  clusters.forEach((cluster, c) => {
    const own = goalSeek(dataset, scenario, {
      targetId: cluster.id,
      clusterId: cluster.id,
      leverId: 'growthRate',
    });
    if (own.outcome === 'reachable' || own.outcome === 'metAtMinimum') {
      solvable.push(c);
      const need = own.value! - current[c]!;
      if (limiting === null || need > limiting.need) limiting = { clusterId: cluster.id, need };
    } else if (own.outcome !== 'notMonotone') {
      blocked.push({
        clusterId: cluster.id,
        outcome: own.outcome,
        capacityAtMax: own.capacityAtMax,
        projectedAtMax: own.projectedAtMax,
        target: own.target,
      });
    }
  });
  const base = { blocked, deltaMin, deltaMax };
  const none = { ...base, delta: null, growthRates: null, limitingClusterId: null, implausible: [] };
  if (solvable.length === 0) return { ...none, outcome: 'noneReachable' };

  const params = parametersOf(model, scenario);
  const out = new Float64Array(model.outputLength);
  const growthIndex = clusters.map((cluster) =>
    parameterIndex(model, { kind: 'cluster', clusterId: cluster.id, leverId: 'growthRate' }),
  );
  const n = model.yearCount;
  // Clamped so that rounding in g + Δ can never leave the lever's range at Δmin or Δmax.
  const rateOf = (c: number, delta: number) => Math.min(max, Math.max(min, current[c]! + delta));
  const reachesAll = (delta: number) => {
    clusters.forEach((_, c) => (params[growthIndex[c]!] = rateOf(c, delta)));
    projectTrial(model, params, out);
    return solvable.every((c) => out[model.layout.output + c * n + n - 1]! >= model.target[c]!);
  };
  const rates = (delta: number) =>
    Object.fromEntries(clusters.map((cluster, c) => [cluster.id, rateOf(c, delta)])) as Record<
      ClusterId,
      number
    >;
  const limitingClusterId = (limiting as { clusterId: ClusterId } | null)?.clusterId ?? null;
  const flagged = (growthRates: Record<ClusterId, number>) =>
    clusters.filter((cluster) => implausible('growthRate', growthRates[cluster.id])).map((c) => c.id);
  if (reachesAll(deltaMin)) {
    const growthRates = rates(deltaMin);
    return {
      ...base,
      outcome: 'metAtMinimum',
      delta: deltaMin,
      growthRates,
      limitingClusterId,
      implausible: flagged(growthRates),
    };
  }
  if (!reachesAll(deltaMax)) return { ...none, outcome: 'beyondRange' };
  const delta = bisect(deltaMin, deltaMax, reachesAll);
  const growthRates = rates(delta);
  return {
    ...base,
    outcome: 'reachable',
    delta,
    growthRates,
    limitingClusterId,
    implausible: flagged(growthRates),
  };
}
