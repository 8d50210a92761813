import type { ProjectionResult, Scenario } from '../src/engine';
import type { Issue } from '../src/scenario/issues';
import type { PlanDataset } from '../src/data/plan-types';
import type { PlanOverview } from '../src/engine/plan-overview';
import type { ReferenceOverview } from '../src/engine/reference-overview';
import type {
  GoalSeekAnswer,
  GoalSeekRequest,
  SimulatedTargetId,
  SimulationResult,
  Tornado,
  TrialPart,
  TrialRange,
  UniformGrowthSolution,
} from '../src/engine/uncertainty';

/**
 * Answer of one projection: the result with its compute time, or the scenario's validation issues.
 * A projection that crashes is not a reply: the call rejects instead.
 */
export type ProjectionReply =
  | {
      readonly ok: true;
      /** The engine's projection of the scenario. */
      readonly result: ProjectionResult;
      /** Time the engine took inside the service, in milliseconds (performance.now()). */
      readonly computeMs: number;
      /** The whole-plan views' explanation of the result (indicators, key projects, parks, land ledger), when asked for. */
      readonly plan?: PlanOverview;
    }
  | {
      readonly ok: false;
      /** Every field out of range, each with its path and allowed range; never empty. */
      readonly issues: Issue[];
    };

/** What a projection should bring besides the result. */
export interface ProjectionOptions {
  /** Also compute the whole-plan overview (indicators, key projects, parks): only while a view shows it. */
  readonly overview?: boolean;
}

/** A scenario the service refused: every field out of range, with its path; never empty. */
export interface Refusal {
  readonly ok: false;
  readonly issues: Issue[];
}

/** Answer of {@link ProjectionApi.startSimulation}. */
export type SimulationStartReply =
  | {
      readonly ok: true;
      readonly runId: number;
      /** Trials this worker will make: its range's, or the whole run's when it was given none. */
      readonly total: number;
      /** Trials of the whole run. */
      readonly trials: number;
      /** The seed of its generator, 0 … 2³²−1. */
      readonly seed: number;
      /** Ranged assumptions sampled per trial. */
      readonly rangedCount: number;
    }
  | Refusal;

/** Where a Monte Carlo run stands after a {@link ProjectionApi.continueSimulation} call. */
export interface SimulationProgress {
  readonly runId: number;
  /** Trials made so far, and in all. */
  readonly done: number;
  readonly total: number;
  /** Time spent making trials so far, ms. */
  readonly computeMs: number;
}

/** A finished Monte Carlo run, its typed arrays transferred (not copied) to the caller. */
export interface SimulationFinished {
  readonly runId: number;
  readonly seed: number;
  readonly result: SimulationResult;
  /** Time spent making trials and summarising them, ms. */
  readonly computeMs: number;
}

/** The reference scenarios of the service's dataset, each with its results and facts. */
export type { ReferenceOverview };

/** Answer of a tornado request. */
export type TornadoReply = { readonly ok: true; readonly tornado: Tornado } | Refusal;
/** Answer of a goal seek. */
export type GoalSeekReply = { readonly ok: true; readonly answer: GoalSeekAnswer } | Refusal;
/** Answer of the multi-target growth solve. */
export type UniformGrowthReply = { readonly ok: true; readonly solution: UniformGrowthSolution } | Refusal;

/**
 * The projection worker's contract: the one interface both the worker and the UI import (with
 * `import type`). Everything crossing it is plain, structured-cloneable data. A Monte Carlo run is
 * driven by the caller, a slice at a time (start → continue … → finish, or cancel), so that the
 * caller sees progress, can stop between slices, and other requests are answered in between.
 */
export interface ProjectionApi {
  /**
   * Project against `dataset` from now on (a later period's dataset a planner made; the app sends it
   * first, before any other call, when it runs on one). Drops the references and any Monte Carlo run.
   */
  useDataset(dataset: PlanDataset): void;
  /** Project a scenario against the service's plan dataset; refuse an invalid one with its issues. */
  project(scenario: Scenario, options?: ProjectionOptions): ProjectionReply;
  /**
   * The dataset's reference scenarios (plan path, project-backed, trend, early estimates) in that
   * order, each with its headline, its targets and the facts its explanation rests on.
   */
  references(): ReferenceOverview[];
  /**
   * Prepare a Monte Carlo run of the scenario's ranges (its `uncertainty`: trials and seed), under
   * the caller's id, or only the trials of `range` (whole stream blocks) when the run is split over
   * workers. Starting a run drops any earlier one.
   */
  startSimulation(runId: number, scenario: Scenario, range?: TrialRange): SimulationStartReply;
  /**
   * Make trials of the run for about `sliceMs` milliseconds (at least one block of trials).
   * @throws Error when no run has this id (it was cancelled, finished or replaced).
   */
  continueSimulation(runId: number, sliceMs: number): SimulationProgress;
  /**
   * Hand over the trials of a finished part that does not start at trial 0, transferred, and drop it.
   * @throws Error when no run has this id, or it is unfinished or the part from trial 0.
   */
  handOverSimulation(runId: number): TrialPart;
  /**
   * Take another worker's part of the run in (the part from trial 0 only).
   * @throws Error when no run has this id, or the part does not fit its missing trials.
   */
  takeInSimulation(runId: number, part: TrialPart): void;
  /**
   * Summarise a run whose trials are all made, transfer the result, and drop the run.
   * @throws Error when no run has this id or it is not complete.
   */
  finishSimulation(runId: number): SimulationFinished;
  /** Drop a run and free its memory; an unknown id is ignored. */
  cancelSimulation(runId: number): void;
  /** One-at-a-time sensitivity of a target to every ranged assumption. */
  tornado(scenario: Scenario, targetId: SimulatedTargetId): TornadoReply;
  /** The lever value that brings a target to its target, everything else fixed. */
  goalSeek(scenario: Scenario, request: GoalSeekRequest): GoalSeekReply;
  /** The smallest uniform change of every cluster's growth rate that reaches all cluster targets. */
  solveUniformGrowth(scenario: Scenario): UniformGrowthReply;
}
