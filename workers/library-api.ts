import type { CompareEntry, Comparison, WaterfallMeasure, WaterfallOutcome } from '../src/engine/compare';
import type { ActualValue } from '../src/data/actuals-types';
import type { Evaluation } from '../src/engine/evaluation/evaluate';
import type { Scenario } from '../src/scenario/scenario';
import type { ScenarioSummary } from '../src/engine/scenario-summary';
import type { PlanDataset } from '../src/data/plan-types';
import type { CarryOutcome } from '../src/engine/next-period/carry-scenario';
import type { NextPeriodProblem, NextPeriodRequest } from '../src/engine/next-period/next-period-dataset';

/**
 * The library worker's contract: summaries of saved scenarios and side-by-side comparisons,
 * computed off the main thread.
 */
export interface LibraryApi {
  /** Summarize each scenario (what differs from the plan, headline result), in the order given. */
  summarize(scenarios: readonly Scenario[]): ScenarioSummary[];
  /**
   * Compare columns side by side: each scenario projected, outcomes with deltas against the
   * reference column, assumptions with the differing ones marked (`compareScenarios`).
   * @param referenceIndex the reference column, or −1 for no deltas; rejects with a RangeError otherwise
   */
  compare(entries: readonly CompareEntry[], referenceIndex: number): Comparison;
  /**
   * Break the difference in a target-year zone figure (`measure`: industrial output, or services
   * revenue) from `from` to `to` down by cluster and lever group, links between clusters and the
   * rest (`decomposeDifference`); refuses, naming the side, a scenario that cannot be projected.
   */
  waterfall(from: Scenario, to: Scenario, measure?: WaterfallMeasure): WaterfallOutcome;
  /** Evaluate the plan the app runs on against the actuals: attainment, back-fit, the miss explained (`evaluatePlan`). */
  evaluate(values: readonly ActualValue[]): Evaluation;
  /**
   * Work against `active` from now on; summaries of scenarios built on another known version
   * (`datasets`, the planner's periods) are made against that version. Sent first by the app.
   */
  useDatasets(active: PlanDataset, datasets: readonly PlanDataset[]): void;
  /**
   * Build the first version of a new period from the dataset `fromVersion` and the actuals, or say
   * what is missing; a dataset the engine cannot project is refused with the engine's words.
   */
  nextPeriod(
    fromVersion: string,
    values: readonly ActualValue[],
    request: NextPeriodRequest,
  ): NextPeriodReply;
  /** Carry a scenario over from the version it was built on to another known version, and project it on both. */
  rerun(
    scenario: Scenario,
    toVersion: string,
  ): CarryOutcome | { readonly ok: false; readonly unknownVersion: string };
}

/** Answer of {@link LibraryApi.rerun}: the scenario carried over, or the version the worker does not know. */
export type RerunReply = CarryOutcome | { readonly ok: false; readonly unknownVersion: string };

/** Answer of {@link LibraryApi.nextPeriod}. */
export type NextPeriodReply =
  | { readonly ok: true; readonly dataset: PlanDataset }
  | { readonly ok: false; readonly problems: readonly NextPeriodProblem[] }
  | { readonly ok: false; readonly engine: string };
