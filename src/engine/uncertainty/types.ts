import type { ClusterId } from '../../data/plan-types';

/** Quantile levels of every fan and target: P10, P25, median, P75, P90. */
export const QUANTILE_LEVELS: readonly number[] = [0.1, 0.25, 0.5, 0.75, 0.9];

/** Bins of the histogram of target-year zone output. */
export const HISTOGRAM_BINS = 40;

/** A target the simulation reports on: a cluster, zone industrial output, or output intensity. */
export type SimulatedTargetId = ClusterId | 'industrialOutput' | 'outputIntensity';

/** A fan: quantiles of one projected figure in every year. Money in 亿元. */
export interface FanSeries {
  /** The cluster, or zone industrial output. */
  readonly id: ClusterId | 'industrialOutput';
  /**
   * Quantiles per year: `[t × L + l]` for year index t (base year first) and level index l of
   * {@link SimulationResult.levels}. The base year is the plan's figure in every trial.
   */
  readonly quantiles: Float64Array;
  /** The projection with every assumption at its most likely value, per year. */
  readonly mostLikely: Float64Array;
  /** The target-year target, 亿元. */
  readonly target: number;
}

/** How likely one target is to be reached in the target year. */
export interface TargetProbability {
  readonly id: SimulatedTargetId;
  /** The target-year target (亿元, or 亿元/km² for output intensity). */
  readonly target: number;
  /** The target-year figure with every assumption at its most likely value. */
  readonly mostLikely: number;
  /** Target-year quantiles at {@link SimulationResult.levels}. */
  readonly quantiles: Float64Array;
  /** Trials whose status is on track (达标): attainment ≥ the on-track threshold (default 100 %). */
  readonly onTrackTrials: number;
  /** Trials whose attainment is at least the at-risk threshold (on track or at risk). */
  readonly atRiskOrBetterTrials: number;
  /** onTrackTrials ÷ trials, 0 … 1: P(达标). */
  readonly pOnTrack: number;
  /** atRiskOrBetterTrials ÷ trials, 0 … 1. */
  readonly pAtRiskOrBetter: number;
}

/** Histogram of target-year zone industrial output over all trials. */
export interface OutputHistogram {
  /** Lower edge of the first bin, 亿元. */
  readonly start: number;
  /** Width of every bin, 亿元 (0 when every trial gave the same output: one bin). */
  readonly binWidth: number;
  /** Trials per bin. */
  readonly counts: Uint32Array;
  /** Zone industrial output target, 亿元 (600 in the plan). */
  readonly target: number;
}

/** Everything a Monte Carlo run yields. Plain data; typed arrays can be transferred. */
export interface SimulationResult {
  /** Trials run. */
  readonly trials: number;
  /** Base year first, then each projected year. */
  readonly years: readonly number[];
  /** Quantile levels of every `quantiles` array. */
  readonly levels: readonly number[];
  /** Ranged assumptions that were sampled. */
  readonly rangedCount: number;
  /** One fan per cluster (dataset order), then zone industrial output. */
  readonly series: readonly FanSeries[];
  /** One entry per target: clusters (dataset order), industrial output, output intensity. */
  readonly targets: readonly TargetProbability[];
  readonly histogram: OutputHistogram;
}
