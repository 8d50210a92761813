import type { ClusterId } from '../data/plan-types';
import type { LeverId } from '../data/levers';

/** One cluster's assumptions, in model units. */
export type ClusterAssumptions = Record<LeverId, number>;

/** Attainment thresholds of the status, as fractions (1 = 100 %). */
export interface StatusThresholds {
  /** Attainment at or above which a target is on track (default 1). */
  readonly onTrack: number;
  /** Attainment at or above which a target is at risk rather than off track (default 0.9). */
  readonly atRisk: number;
}

/** A scenario: every assumption the engine needs besides the plan dataset. Plain, cloneable data. */
export interface Scenario {
  /** Version of the plan dataset the scenario was made with. */
  datasetVersion: string;
  clusters: Record<ClusterId, ClusterAssumptions>;
  /** Annual growth of industry outside the four industrial clusters, fraction per year. */
  otherIndustryGrowth: number;
  /** conflictId → index of the chosen reading; absent means the dataset's default reading. */
  conflictChoices: Record<string, number>;
  thresholds: StatusThresholds;
  /** Ranges and Monte Carlo settings; absent when the scenario has no uncertainty attached. */
  uncertainty?: ScenarioUncertainty;
}

/** How an uncertain assumption is distributed between its low and high values. */
export type RangeDistribution = 'triangular' | 'normal' | 'uniform';

/**
 * A range on one assumption, in model units. The most likely value is the scenario's own value of
 * the assumption; low ≤ most likely ≤ high.
 */
export interface AssumptionRange {
  low: number;
  high: number;
  distribution: RangeDistribution;
}

/** The uncertainty attached to a scenario: ranges on assumptions and the Monte Carlo settings. */
export interface ScenarioUncertainty {
  /** clusterId → leverId → range; a lever without a range is fixed at its value. */
  clusters: Partial<Record<ClusterId, Partial<Record<LeverId, AssumptionRange>>>>;
  /** Range of the other-industry growth rate, if any. */
  otherIndustryGrowth?: AssumptionRange;
  /** Number of Monte Carlo trials, 1 … 1,000,000 (default 10,000). */
  trials: number;
  /** Seed of the pseudo-random generator, an integer 0 … 2³²−1; the same seed gives the same result. */
  seed: number;
}
