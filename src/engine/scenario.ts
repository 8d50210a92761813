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
}
