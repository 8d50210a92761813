import type { ClusterId, PlanDataset } from '../../data/plan-types';
import { resolveModel } from '../../engine/resolve-model';

/** How a cluster's land intensity moves from 2017's (data) to the target year's (the lever). */
export interface IntensityPath {
  /** The base year's intensity: base-year output ÷ base-year producing land, 亿元/km² (data, never a lever). */
  readonly base: number;
  /** The target year's intensity (the lever's value), 亿元/km². */
  readonly target: number;
  readonly baseYear: number;
  readonly targetYear: number;
  /** The steady yearly rate between them, fraction per year (the projection's years follow it). */
  readonly rate: number;
}

/**
 * The yearly rate a target-year intensity implies from the base year's, for the lever's help
 * ("45 → 60：年均 +10.1%"). The base year's intensity is the plan's data under the scenario's readings
 * (`ResolvedCluster.baseIntensity`); null for a cluster without base-year land (its intensity is then
 * the lever's in every year).
 */
export function intensityPath(
  dataset: PlanDataset,
  choices: Readonly<Record<string, number>>,
  clusterId: ClusterId,
  target: number,
): IntensityPath | null {
  const resolved = resolveModel(dataset, choices);
  const cluster = resolved.clusters.find((c) => c.id === clusterId);
  if (cluster === undefined || !(cluster.baseIntensity > 0) || !(target > 0)) return null;
  const baseYear = dataset.horizon.baseYear;
  const targetYear = dataset.horizon.targetYear;
  return {
    base: cluster.baseIntensity,
    target,
    baseYear,
    targetYear,
    rate: (target / cluster.baseIntensity) ** (1 / (targetYear - baseYear)) - 1,
  };
}
