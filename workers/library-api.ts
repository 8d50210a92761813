import type { CompareEntry, Comparison, WaterfallMeasure, WaterfallOutcome } from '../src/engine/compare';
import type { Scenario } from '../src/scenario/scenario';
import type { ScenarioSummary } from '../src/engine/scenario-summary';

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
}
