import type { ClusterId, ClusterMeasure, ParkId, TargetDirection } from '../data/plan-types';

/** One cluster in one year. Money in 亿元, land in km² (docs/model.md §1–§4). */
export interface ClusterYear {
  readonly year: number;
  /** Projected output (revenue for services): the potential, capped where land binds; the base figure in the base year. */
  readonly output: number;
  /** Existing output grown at organic growth: base × (1 + g)^t. */
  readonly existing: number;
  /** Output of investment vintages (the base year's and each projected year's; named projects taken out). */
  readonly investment: number;
  /** Output of switched-on key projects (a base's supported processing included). */
  readonly projects: number;
  /** Revenue producer services draw from industrial output (services only, while the link is on). */
  readonly link: number;
  /** existing + investment + projects + link: what the cluster would produce with land to spare. */
  readonly potential: number;
  /** What the land the cluster may use could yield this year. */
  readonly capacity: number;
  /** Land the cluster produces on: what its output needs, within the land ready for it. */
  readonly producingLand: number;
  /** Land ready for the cluster: base land + pace × years and its projects' sites (its share when its pool is short). */
  readonly readyLand: number;
  /** Output per km² of producing land this year: from the base year's (data) to the target year's (the lever). */
  readonly intensity: number;
  /** Whether land, not potential, sets this year's output. */
  readonly landBinds: boolean;
  /** Whether the cluster's parks are fully readied or cannot give every cluster what it wants. */
  readonly parkFull: boolean;
}

/** A cluster's projection over the horizon. */
export interface ClusterProjection {
  readonly id: ClusterId;
  readonly measure: ClusterMeasure;
  readonly parkIds: readonly ParkId[];
  /** Base year first, then each projected year. */
  readonly years: readonly ClusterYear[];
  /** First projected year in which land binds; null if it never does. */
  readonly landBindsFrom: number | null;
  /** First projected year in which the cluster's parks are full; null if never. */
  readonly parkFullFrom: number | null;
}

/** A group of parks whose area is shared by the clusters drawing on it. */
export interface LandPoolYear {
  readonly year: number;
  /** Land the clusters want to produce on (what their output needs, within their ready land), km². */
  readonly desiredLand: number;
  /** Land in production, km² (≤ area, unless the base year's land alone exceeds it). */
  readonly producingLand: number;
}

/** Land use of one pool of parks. */
export interface LandPoolProjection {
  readonly parkIds: readonly ParkId[];
  readonly clusterIds: readonly ClusterId[];
  /** Total planned area of the pool's parks, km². */
  readonly areaKm2: number;
  readonly years: readonly LandPoolYear[];
}

/**
 * The zone in one year. `industrialOutput` and `industrialLand` are what the zone's targets are
 * measured on under the reading of `otherIndustryIn600`: the four industrial clusters (default), or
 * all industry; the `total…` figures always count other industry.
 */
export interface ZoneYear {
  readonly year: number;
  /** Industrial output the 600 is compared with, 亿元. */
  readonly industrialOutput: number;
  /** All industrial output (工业总产值): the four industrial clusters plus other industry, 亿元. */
  readonly totalIndustrialOutput: number;
  /** Output of industry outside the four industrial clusters, 亿元. */
  readonly otherIndustry: number;
  /** Whether other industry counts in `industrialOutput` and `industrialLand`. */
  readonly otherIndustryInTarget: boolean;
  /** Producing land the intensity target is measured on, km². */
  readonly industrialLand: number;
  /** Producing land of all industry, km². */
  readonly totalIndustrialLand: number;
  /** industrialOutput ÷ industrialLand, 亿元/km²; null without producing land (shown as "—"). */
  readonly outputIntensity: number | null;
  /** Modern-services revenue, 亿元 (not part of industrial output). */
  readonly serviceRevenue: number;
}

/** Status of a target under the scenario's thresholds. */
export type TargetStatus = 'onTrack' | 'atRisk' | 'offTrack';

/** What a target measures. */
export type TargetSubject =
  | { readonly kind: 'cluster'; readonly clusterId: ClusterId }
  | { readonly kind: 'zone'; readonly indicatorId: 'industrialOutput' | 'outputIntensity' };

/** One target compared with its projection. */
export interface TargetResult {
  /** Stable identifier: the cluster id, or the zone indicator id. */
  readonly id: string;
  readonly subject: TargetSubject;
  readonly year: number;
  readonly direction: TargetDirection;
  readonly base: number;
  readonly projected: number;
  readonly target: number;
  /** Shortfall: target − projected for "at least" targets (projected − target for "at most"); ≤ 0 means met. */
  readonly gap: number;
  /** projected ÷ target ("at most": target ÷ projected), as a fraction. */
  readonly attainment: number;
  /** The yearly growth from base to target the plan needs, fraction; null without a positive base. */
  readonly requiredCagr: number | null;
  /** The yearly growth from base to projection the scenario gives, fraction; null without a positive base. */
  readonly scenarioCagr: number | null;
  readonly status: TargetStatus;
}

/**
 * Why an organic growth rate that, with the scenario's investment, reaches a target could or could not
 * be found. A `reachable` rate below 0 means the target is reached by investment alone.
 */
export type GrowthSolveOutcome =
  /** A growth rate within the lever's range reaches the target. */
  | 'reachable'
  /** Even the lowest allowed growth rate reaches the target. */
  | 'metAtMinimum'
  /** Land capacity in the target year is below the target: no growth rate can reach it. */
  | 'landBinds'
  /** Even the highest allowed growth rate falls short. */
  | 'beyondRange';

/**
 * The organic growth that, with this scenario's investment, projects and land, brings a cluster to its
 * target ("存量需增速"); not the overall CAGR the target needs (`TargetResult.requiredCagr`).
 */
export interface GrowthSolution {
  readonly clusterId: ClusterId;
  readonly outcome: GrowthSolveOutcome;
  /** The growth rate, fraction per year; null unless the outcome is reachable or metAtMinimum. */
  readonly growthRate: number | null;
  /** Land capacity in the target year, 亿元. */
  readonly capacityAtTarget: number;
}

/** Everything one projection of a scenario yields. Plain, cloneable data. */
export interface ProjectionResult {
  readonly datasetVersion: string;
  /** Base year first, then each projected year. */
  readonly years: readonly number[];
  readonly clusters: readonly ClusterProjection[];
  readonly landPools: readonly LandPoolProjection[];
  readonly zone: readonly ZoneYear[];
  readonly targets: readonly TargetResult[];
  readonly growthSolutions: readonly GrowthSolution[];
}
