import type { PlanDataset } from '../data/plan-types';
import type { Issue } from '../scenario/issues';
import type { Scenario } from '../scenario/scenario';
import { isValidScenario, validateScenario } from '../scenario/schema';

/** Thrown by the engine when a scenario has values it cannot project. */
export class ScenarioValidationError extends Error {
  /** Every problem, each naming its field and the allowed range or values. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(issues.map((issue) => issue.message).join('\n'));
    this.name = 'ScenarioValidationError';
    this.issues = issues;
  }
}

/** Throw a {@link ScenarioValidationError} unless the scenario is valid for the dataset (the one scenario schema). */
export function assertValidScenario(scenario: Scenario, dataset: PlanDataset): void {
  // The common case, a valid scenario, costs one pass of the schema without issues or copies.
  if (isValidScenario(scenario, dataset)) return;
  const issues = validateScenario(scenario, dataset);
  if (issues.length > 0) throw new ScenarioValidationError(issues);
}
