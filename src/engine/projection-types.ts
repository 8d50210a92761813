import type { ClusterId, ClusterMeasure, ParkId, TargetDirection } from '../data/plan-types';

/** One cluster in one year. Money in 亿元, land in km². */
export interface ClusterYear {
  readonly year: number;
  /** Projected output (revenue for services): min(potential, capacity); the base figure in the base year. */
  readonly output: number;
  /** Last year's output grown at the cluster's growth rate. */
  readonly organic: number;
  /** Output added this year by investment coming into production. */
  readonly investmentAdded: number;
  /** organic + investmentAdded: what the cluster would produce with land to spare. */
  readonly potential: number;
  /** What the producing land can yield: producingLand × intensity. */
  readonly capacity: number;
  readonly producingLand: number;
  /** Output per km² of producing land assumed this year. */
  readonly intensity: number;
  /** Whether capacity, not potential, sets this year's output. */
  readonly landBinds: boolean;
  /** Whether the cluster's parks are fully developed this year (land pace limited by park area). */
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
  /** Land the clusters would bring into production at their pace, km². */
  readonly desiredLand: number;
  /** Land in production, km² (≤ area). */
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

/** The zone in one year. */
export interface ZoneYear {
  readonly year: number;
  /** Industrial output (工业总产值): the four industrial clusters plus other industry, 亿元. */
  readonly industrialOutput: number;
  /** Output of industry outside the four industrial clusters, 亿元. */
  readonly otherIndustry: number;
  /** Producing land of industry (clusters and other industry), km². */
  readonly industrialLand: number;
  /** Industrial output per km² of industrial producing land, 亿元/km². */
  readonly outputIntensity: number;
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

/** Why a growth rate that reaches a target could or could not be found. */
export type GrowthSolveOutcome =
  /** A growth rate within the lever's range reaches the target. */
  | 'reachable'
  /** Even the lowest allowed growth rate reaches the target. */
  | 'metAtMinimum'
  /** Land capacity in the target year is below the target: no growth rate can reach it. */
  | 'landBinds'
  /** Even the highest allowed growth rate falls short. */
  | 'beyondRange';

/** The growth rate that would bring a cluster to its target, everything else unchanged. */
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
