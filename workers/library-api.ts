import type { Scenario } from '../src/engine/scenario';
import type { ScenarioSummary } from '../src/engine/scenario-summary';

/** The library worker's contract: summaries of saved scenarios, computed off the main thread. */
export interface LibraryApi {
  /** Summarize each scenario (what differs from the plan, headline result), in the order given. */
  summarize(scenarios: readonly Scenario[]): ScenarioSummary[];
}
