/**
 * Uncertainty: ranges on assumptions, Monte Carlo simulation of the whole zone, one-at-a-time
 * sensitivity (tornado) and goal seek. Pure TypeScript like the rest of the engine; randomness only
 * through an injected generator.
 */
export {
  assumptionKey,
  assumptionSpec,
  assumptionValue,
  emptyUncertainty,
  hasRanges,
  presetRange,
  rangeOf,
  rangedAssumptions,
} from './ranges';
export type { AssumptionRef, RangedAssumption } from './ranges';
export { followAssumptions, shiftRange } from '../../scenario/updates';
export { MonteCarloRun, createGenerator, simulate } from './monte-carlo';
export type { MonteCarloRunOptions, TrialPart } from './monte-carlo';
export { STREAM_BLOCK_TRIALS, splitTrials } from './streams';
export type { TrialRange } from './streams';
export type { RandomGenerator } from './sampling';
export { tornado } from './sensitivity';
export type { Tornado, TornadoBar } from './sensitivity';
export { GOAL_SEEK_LEVERS, goalSeek, solveUniformGrowth } from './goal-seek';
export type {
  BlockedCluster,
  GoalSeekAnswer,
  GoalSeekLever,
  GoalSeekOutcome,
  GoalSeekRequest,
  GoalSeekTargetId,
  UniformGrowthSolution,
} from './goal-seek';
export { HISTOGRAM_BINS, QUANTILE_LEVELS } from './types';
export type {
  FanSeries,
  OutputHistogram,
  SimulatedTargetId,
  SimulationResult,
  TargetProbability,
} from './types';
