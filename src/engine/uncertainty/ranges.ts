import { LEVERS, OTHER_INDUSTRY_GROWTH, leverSpec, type LeverId, type LeverSpec } from '../../data/levers';
import type { ClusterId, PlanDataset } from '../../data/plan-types';
import { DEFAULT_SEED, DEFAULT_TRIALS } from '../../data/scenario-limits';
import type {
  AssumptionRange,
  RangeDistribution,
  Scenario,
  ScenarioUncertainty,
} from '../../scenario/scenario';

/** One assumption that can carry a range: a lever of a cluster, or the growth of other industry. */
export type AssumptionRef =
  | { readonly kind: 'cluster'; readonly clusterId: ClusterId; readonly leverId: LeverId }
  | { readonly kind: 'otherIndustryGrowth' };

/** An assumption that carries a range, with its most likely value and the lever's allowed range. */
export interface RangedAssumption {
  readonly ref: AssumptionRef;
  readonly range: AssumptionRange;
  /** The scenario's own value of the assumption: the most likely value, model units. */
  readonly mostLikely: number;
  /** The lever's allowed range, step and unit. */
  readonly spec: Omit<LeverSpec, 'id'>;
}

/** A stable key of an assumption, e.g. "newMaterials.growthRate" or "otherIndustryGrowth". */
export function assumptionKey(ref: AssumptionRef): string {
  return ref.kind === 'cluster' ? `${ref.clusterId}.${ref.leverId}` : 'otherIndustryGrowth';
}

/** The allowed range, step and unit of an assumption. */
export function assumptionSpec(ref: AssumptionRef): Omit<LeverSpec, 'id'> {
  return ref.kind === 'cluster' ? leverSpec(ref.leverId) : OTHER_INDUSTRY_GROWTH;
}

/** The scenario's value of an assumption, model units. */
export function assumptionValue(scenario: Scenario, ref: AssumptionRef): number {
  return ref.kind === 'cluster'
    ? scenario.clusters[ref.clusterId][ref.leverId]
    : scenario.otherIndustryGrowth;
}

/** The range an assumption carries in the scenario, if any. */
export function rangeOf(scenario: Scenario, ref: AssumptionRef): AssumptionRange | undefined {
  const u = scenario.uncertainty;
  if (u === undefined) return undefined;
  return ref.kind === 'cluster' ? u.clusters[ref.clusterId]?.[ref.leverId] : u.otherIndustryGrowth;
}

/**
 * Every assumption of the scenario that carries a range, in a fixed order: clusters in dataset
 * order, each cluster's levers in LEVERS order, then other industry. The order fixes which draw
 * of the generator goes to which assumption, so it must never depend on object key order.
 */
export function rangedAssumptions(dataset: PlanDataset, scenario: Scenario): RangedAssumption[] {
  const out: RangedAssumption[] = [];
  const u = scenario.uncertainty;
  if (u === undefined) return out;
  for (const cluster of dataset.clusters) {
    const ranges = u.clusters[cluster.id];
    if (ranges === undefined) continue;
    for (const lever of LEVERS) {
      const range = ranges[lever.id];
      if (range === undefined) continue;
      out.push({
        ref: { kind: 'cluster', clusterId: cluster.id, leverId: lever.id },
        range,
        mostLikely: scenario.clusters[cluster.id][lever.id],
        spec: lever,
      });
    }
  }
  if (u.otherIndustryGrowth !== undefined) {
    out.push({
      ref: { kind: 'otherIndustryGrowth' },
      range: u.otherIndustryGrowth,
      mostLikely: scenario.otherIndustryGrowth,
      spec: OTHER_INDUSTRY_GROWTH,
    });
  }
  return out;
}

/** A new, empty uncertainty: no ranges, {@link DEFAULT_TRIALS} trials, {@link DEFAULT_SEED}. */
export function emptyUncertainty(): ScenarioUncertainty {
  return { clusters: {}, trials: DEFAULT_TRIALS, seed: DEFAULT_SEED };
}

/**
 * A preset range around a value: low = value × (1 − share), high = value × (1 + share) for a
 * positive value (the other way round for a negative one), clamped to the lever's allowed range and,
 * for whole-number levers, rounded to the nearest whole numbers (a lag of 1 year ± 20 % stays 1–1).
 * @param value the most likely value, model units, within the spec's range.
 * @param share the relative half-width as a fraction, 0 … 1 (0.2 for "±20 %").
 */
export function presetRange(
  value: number,
  spec: Pick<LeverSpec, 'min' | 'max' | 'integer'>,
  share: number,
  distribution: RangeDistribution = 'triangular',
): AssumptionRange {
  const a = value * (1 - share);
  const b = value * (1 + share);
  let low = Math.max(spec.min, Math.min(a, b, value));
  let high = Math.min(spec.max, Math.max(a, b, value));
  if (spec.integer) {
    low = Math.min(Math.round(low), value);
    high = Math.max(Math.round(high), value);
  }
  return { low, high, distribution };
}

/** Whether the uncertainty has at least one range. */
export function hasRanges(uncertainty: ScenarioUncertainty | undefined): boolean {
  if (uncertainty === undefined) return false;
  if (uncertainty.otherIndustryGrowth !== undefined) return true;
  return Object.values(uncertainty.clusters).some(
    (ranges) => ranges !== undefined && Object.keys(ranges).length > 0,
  );
}
